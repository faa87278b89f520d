xs = [5, 3, 9]
print(min(xs), max(xs), min(3, 1, 2), max("ab", "b"))
print(max(["aa", "b", "ccc"], key=len))
print(min([], default=None))
