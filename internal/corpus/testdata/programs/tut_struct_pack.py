import struct

header = struct.pack("!HHI", 1, 2, 3)
print(header)
print(len(header), struct.calcsize("!HHI"))
print(struct.unpack("!HHI", header))
