a = b = 0
print(a, b)
x = y = z = []
x.append(1)
print(y, z)
i = j = "s"
i += "t"
print(i, j)
