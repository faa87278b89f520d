import struct

buf = b"\x00\x01\x00\x02\x00\x00\x00\x03"
print(struct.unpack_from("!H", buf, 2))
print(struct.unpack_from("!I", buf, offset=4))
s = struct.Struct("!HH")
print(s.size, s.unpack(buf[:4]), s.pack(5, 6))
