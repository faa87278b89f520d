def encode(n):
    import struct
    return struct.pack("!I", n)


def decode(b):
    from struct import unpack
    return unpack("!I", b)[0]


print(decode(encode(1234567)))
