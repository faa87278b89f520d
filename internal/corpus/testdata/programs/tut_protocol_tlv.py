import struct

TYPES = {1: "name", 2: "port"}


def encode(fields):
    out = bytearray()
    for t, value in fields:
        out += struct.pack("!BH", t, len(value)) + value
    return bytes(out)


def decode(data):
    i = 0
    while i < len(data):
        t, n = struct.unpack_from("!BH", data, i)
        i += 3
        yield_value = data[i:i + n]
        i += n
        print(TYPES.get(t, "?"), yield_value)


blob = encode([(1, b"web"), (2, (80).to_bytes(2, "big"))])
print(blob.hex(" "))
decode(blob)
