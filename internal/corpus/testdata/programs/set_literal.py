s = {1, 2, 3, 2, 1}
print(len(s), 2 in s, 5 in s)
print(sorted(s))
print(s == {3, 2, 1})
