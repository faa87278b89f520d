count = 0


def increment():
	global count
	count += 1


for _ in range(3):
	increment()
print(count)
