def rate(n, secs):
	return n / secs


for s in [2, 1, 0]:
	print(rate(10, s))
