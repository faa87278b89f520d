class C:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n
m = C(5).get
print(m())
fs = [C(i).get for i in range(3)]
print([f() for f in fs])
