def xor(data, key):
	out = bytearray()
	for i, b in enumerate(data):
		out.append(b ^ key[i % len(key)])
	return bytes(out)

enc = xor(b"secret", b"k")
print(enc)
print(xor(enc, b"k"))
