def make(n):
    class Local:
        size = n
        def get(self):
            return self.size
    return Local
L = make(4)
print(L().get(), L.size)
