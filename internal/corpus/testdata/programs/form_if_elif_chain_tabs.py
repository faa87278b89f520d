def grade(n):
	if n >= 90:
		return "A"
	elif n >= 80:
		return "B"
	elif n >= 70:
		return "C"
	return "F"

print([grade(n) for n in (95, 85, 75, 10)])
