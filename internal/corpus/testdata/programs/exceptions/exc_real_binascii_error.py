import binascii
try:
    binascii.unhexlify(b"abc")
except binascii.Error as e:
    print("binascii.Error:", e)
except ValueError:
    print("ValueError")
