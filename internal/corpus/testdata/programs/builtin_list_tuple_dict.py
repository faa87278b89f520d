print(list("abc"), tuple([1, 2]), dict(a=1, b=2))
print(dict([("x", 1)]), list((1, 2)), tuple())
print(list({"k": 1, "j": 2}))
