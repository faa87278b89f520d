values = ["1", "2", "x"]
print([int(v) for v in values[:2]])
print([int(v) for v in values])
