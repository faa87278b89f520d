import struct

data = struct.pack("!4H", 10, 20, 30, 40)
for (v,) in struct.iter_unpack("!H", data):
    print(v)
print(list(struct.iter_unpack("!HH", data)))
