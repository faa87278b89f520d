data = b"GET"
print(data[0], data[-1])
print(data[3 - 1] & 0x0f)
print(type(data[0]))
print(data[0:1], data[1:])
