line = "GET"
print(line)
method, path = line.split()
