class C:
    def double(self, x):
        return 2 * x
print(C.double(C(), 21))
