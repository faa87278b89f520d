class A:
    def f(self):
        return "A.f"
    def g(self):
        return "A.g->" + self.f()
class B(A):
    def f(self):
        return "B.f"
print(A().g(), B().g())
