a = 1
b = 2


def swap():
    global a, b
    a, b = b, a


swap()
print(a, b)
