class C:
    x = "class"
c = C()
print(c.x)
c.x = "instance"
print(c.x, C.x)
