import struct
print(struct.pack("!B", 255))
struct.pack("!B", 256)
