data = b"\xde\xad\xbe\xef"
print(data.hex())
print(data.hex(":"))
print(data.hex(" ", 2))
print(data.hex("-", -1))
print(b"".hex())
