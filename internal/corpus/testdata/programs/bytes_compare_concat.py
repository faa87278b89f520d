a = b"ab"
print(a + b"cd", a * 2, a == b"ab", a < b"b")
print(len(a + a), a[::-1])
print(b"x" in [b"x"])
