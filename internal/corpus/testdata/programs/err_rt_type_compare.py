print(sorted([3, 1]))
print(1 < "a")
