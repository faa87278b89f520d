import struct
print(struct.pack("!H", 1))
print(struct.pack("!H", "x"))
