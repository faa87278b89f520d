import struct
print(struct.calcsize("!H"))
struct.packk("!H", 1)
