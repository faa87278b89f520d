for i in range(2):
    import struct
    print(struct.pack("<H", i))
