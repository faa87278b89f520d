print(bytes.fromhex("00ff"))
print(bytes.fromhex("zz"))
