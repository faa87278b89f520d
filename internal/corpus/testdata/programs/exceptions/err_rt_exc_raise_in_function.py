def f():
    raise KeyError("k")
print("start")
f()
