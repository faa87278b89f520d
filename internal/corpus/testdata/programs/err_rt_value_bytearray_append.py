b = bytearray()
b.append(1)
b.append(300)
