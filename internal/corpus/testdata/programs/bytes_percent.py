n = 42
print(b"%d" % n)
print(b"len=%d;" % 7)
print(b"%s:%d" % (b"host", 80))
print(b"%02x" % 10)
print(b"%c" % 65)
