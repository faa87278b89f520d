items = [3, "a", 1]
print(len(items))
print(sorted(items))
