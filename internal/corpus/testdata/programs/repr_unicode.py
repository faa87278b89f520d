s = "naïve café ☺"
print(s)
print(repr(s))
print(ascii(s))
print([s])
print(len(s))
