items = [1, 2]
print(f"first {items[0]}")
print(f"third {items[2]}")
