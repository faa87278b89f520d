def f():
    b = 1
    a = 2
    print(dir())


f()
x = 1
print("x" in dir(), "f" in dir(), "nope" in dir())
