class X:
    def f(self):
        return "X"
class Y:
    def f(self):
        return "Y"
    def g(self):
        return "Y.g"
class Z(X, Y):
    pass
z = Z()
print(z.f(), z.g())
