def f(d):
	for k in d:
		if d[k] > 1:
			return d["missing"]
	return 0

print(f({"a": 1}))
print(f({"a": 2}))
