def chunks(data, size):
    return [data[i:i + size] for i in range(0, len(data), size)]


print(chunks(b"abcdefgh", 3))
print(chunks(list(range(7)), 2))
