data = {"a": 1, "b": 2}
items = [1, 2, 3]
print(f"{data['a'] + data['b']}")
print(f"{len(items)} items, last {items[-1]}")
print(f"{'yes' if items else 'no'}")
print(f"{[x * 2 for x in items]}")
