print(ord("A"), chr(66), ord(b"C"))
print(chr(0x263A))
print([ord(c) for c in "hi"])
