xs = [3, 1, 4, 1, 5]
print(sum(x for x in xs))
print(sum(x * x for x in xs if x > 1))
print(any(x > 4 for x in xs), all(x > 0 for x in xs))
print(max(x % 3 for x in xs), min((x for x in xs), default=0))
