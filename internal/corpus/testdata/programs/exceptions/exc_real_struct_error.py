import struct
try:
    struct.unpack(">I", b"ab")
except struct.error as e:
    print("struct.error:", e)
