a, b, c = 1, 2, 3
del a, b
print(c)
d = {1: "x", 2: "y"}
del d[1], d[2]
print(d)
