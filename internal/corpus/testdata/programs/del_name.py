x = 1
y = 2
del x
print("x" in globals(), y)
x = 3
print(x)
