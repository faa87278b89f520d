t = (1, 2, 3)
print(t + (4,), t * 2, t[1:], len(t), t.index(2), t.count(1))
a, b, c = t
print(a + b + c)
print(tuple(reversed(t)))
print(max(t), min(t), sum(t))
