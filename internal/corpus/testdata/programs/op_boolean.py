print(0 or "default", "" or None, [] or [1])
print(1 and 2, 0 and 1, None and 1)
print(not 0, not "x")
x = None
name = x or "anonymous"
print(name)
