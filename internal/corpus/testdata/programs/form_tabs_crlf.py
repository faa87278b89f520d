def f(n):
	out = []
	for i in range(n):
		out.append(i)
	return out

print(f(3))
