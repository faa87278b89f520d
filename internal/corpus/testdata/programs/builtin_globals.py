limit = 10
print(globals()["limit"])
print("limit" in globals())
print(globals()["__name__"])
