# CRLF throughout: comments, strings, blocks
import struct

def pack_all(values):
    out = b""
    for v in values:
        out += struct.pack("!H", v)
    return out

text = """two
lines"""
print(repr(text))
print(pack_all([1, 2]).hex())
print(f"{len(text)}")
