a = [1, 2]
b = [*a, 3, *range(2)]
print(b)
t = (*a,)
print(t)
d = {**{"x": 1}, "y": 2}
print(d)
print(*a)
