print((1024).to_bytes(2, "big"))
print((1024).to_bytes(4, "little"))
print((-1).to_bytes(2, "big", signed=True))
n = 65535
print(n.to_bytes(2, byteorder="big"))
print(len((0).to_bytes(8, "big")))
