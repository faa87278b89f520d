s = "text"
print(s.upper())
s.foo()
