import binascii

h = binascii.hexlify(b"\x00\xffabc")
print(h, h.decode())
print(binascii.unhexlify(h))
print(binascii.unhexlify("4142"))
print(binascii.hexlify(b"abc", "-"))
print(binascii.crc32(b"hello"))
print(binascii.b2a_base64(b"hi"))
print(binascii.a2b_base64(b"aGk=\n"))
