import binascii
print(binascii.unhexlify("4142"))
print(binascii.unhexlify("414"))
