x = 5
print(type(x) == int, type(x) is int)
print(type("a") == str, type([]) == list)
print(type(x).__name__)
