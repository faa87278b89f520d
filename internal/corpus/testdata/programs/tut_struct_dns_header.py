import struct

ident = 0x1234
flags = 0x0100
header = struct.pack("!HHHHHH", ident, flags, 1, 0, 0, 0)
print(header.hex())


def encode_name(name):
    out = b""
    for label in name.split("."):
        out += bytes([len(label)]) + label.encode()
    return out + b"\x00"


question = encode_name("www.example.com") + struct.pack("!HH", 1, 1)
print(question)
print(len(header + question))
