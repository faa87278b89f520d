print({1, 2, 3})
print(set())
print({5})
