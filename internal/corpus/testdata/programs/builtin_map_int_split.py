line = "10 20 30"
a, b, c = map(int, line.split())
print(a + b + c)
octets = list(map(int, "192.168.0.1".split(".")))
print(octets)
