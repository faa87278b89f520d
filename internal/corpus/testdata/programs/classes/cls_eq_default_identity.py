class V:
    pass
a = V()
print(a == a, a == V(), a != V())
