def classify(port):
	if port < 1024:
		return "system"
	elif port < 49152:
		return "user"
	else:
		return "dynamic"

for p in (22, 8080, 50000):
	print(p, classify(p))
