import struct
try:
    struct.pack(">H", 70000)
except Exception as e:
    print(type(e).__name__)
