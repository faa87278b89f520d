import struct
print(struct.unpack("!H", b"\x00\x01"))
print(struct.unpack("!H", b"\x00"))
