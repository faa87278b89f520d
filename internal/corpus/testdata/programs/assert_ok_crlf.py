n = 5
assert n > 0
assert n > 0, "n must be positive"
assert isinstance(n, int), f"bad {n}"
print("asserts passed")
