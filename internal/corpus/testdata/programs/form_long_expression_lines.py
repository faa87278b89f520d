x = (1 + 2 +
     3 + 4
     + 5)
y = [i
     for i in range(3)
     if i]
print(x, y)
z = {"k":
     "v"}
print(z)
