import struct  # (
from binascii import hexlify  # "
print(hexlify(struct.pack("!H", 1)))
struct.unpack("!I", b"\x00")
