class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "P(%r)" % (self.x,)
    def __str__(self):
        return "point " + str(self.x)
p = P("a")
print(p)
print(str(p), repr(p))
print([p, p])
print("%s %r" % (p, p))
print(f"{p} {p!r}")
