from struct import pack, unpack
from binascii import hexlify as hx

data = pack(">HH", 1, 2)
print(hx(data))
print(unpack(">HH", data))
