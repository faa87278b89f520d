def handler(data):

	lines = data.split("\n")

	out = []


	for line in lines:

		out.append(line.upper())

	return out


print(handler("a\nb"))
