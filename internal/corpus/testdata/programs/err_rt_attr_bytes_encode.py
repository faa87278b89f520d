data = b"abc"
print(data.decode())
data.encode()
