port = 80
state = "open"
print("%d/tcp %s" % (port, state))
print("%-5d|%5s|" % (port, state))
print("%05.1f" % 3.14159)
print("%x %X %o %c" % (255, 255, 8, 65))
