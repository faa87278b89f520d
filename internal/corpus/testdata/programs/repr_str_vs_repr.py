s = "hello"
print(s, str(s), repr(s))
print(str(1.0), repr(1.0), str([1.0]))
print(str(None), repr(None))
