import sys
if len(sys.argv) > 0:
    import binascii
    print(binascii.hexlify(b"\x00\xff"))
else:
    print("no")
