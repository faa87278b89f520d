n = -1
print(n)
assert n > 0, "n must be positive"
