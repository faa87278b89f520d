data = b"hello world"
print(sum(data) % 256)
print(sum(data) & 0xFF == sum(data) % 256)
x = 0
for b in data:
    x ^= b
print(x)
