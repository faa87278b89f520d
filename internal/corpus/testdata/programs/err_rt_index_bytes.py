data = b"ab"
print(data[1])
print(data[2])
