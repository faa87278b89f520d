import struct

print(struct.pack("<h", -2))
print(struct.pack(">f", 1.5))
print(struct.pack("<d", 0.1).hex())
print(struct.pack("4s", b"ab"))
print(struct.pack("?B", True, 200))
print(struct.pack("!q", -1))
print(struct.unpack("<hH", b"\xfe\xff\xfe\xff"))
print(struct.unpack(">f", b"\x3f\xc0\x00\x00"))
