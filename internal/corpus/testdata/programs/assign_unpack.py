host, port = ("127.0.0.1", 80)
print(host, port)
(a, b), c = (1, 2), 3
print(a, b, c)
x, y = y, x = 1, 2
print(x, y)
a, b = b, a
print(a, b)
[p, q] = [5, 6]
print(p, q)
