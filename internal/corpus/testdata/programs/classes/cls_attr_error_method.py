class C:
    def f(self):
        return self.missing
C().f()
