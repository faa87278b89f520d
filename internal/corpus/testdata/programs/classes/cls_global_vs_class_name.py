x = "global"
class C:
    x = "class"
    def f(self):
        return x
    def g(self):
        return self.x
print(C().f(), C().g())
