square = lambda x: x * x
print(square(7))
pairs = [(1, "b"), (2, "a")]
print(sorted(pairs, key=lambda p: p[1]))
print((lambda *a, **k: (a, k))(1, z=2))
