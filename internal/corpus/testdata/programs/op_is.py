x = None
print(x is None)
print(x is not None)
y = [1]
z = y
print(y is z, y is not z)
print([1] is [1])
t = True
print(t is True, y is not None)
