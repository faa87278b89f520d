data = {"a": [1, 2], "b": [3]}
for key in data:
	total = 0
	for v in data[key]:
		if v % 2:
			total += v
		else:
			total -= v
	print(key, total)
