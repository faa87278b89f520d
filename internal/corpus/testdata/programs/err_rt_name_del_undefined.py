print("x")
del nothing
