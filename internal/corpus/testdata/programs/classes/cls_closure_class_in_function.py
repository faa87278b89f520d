def outer():
    v = 10
    class C:
        w = v + 1
        def m(self):
            return v
    return C
C = outer()
print(C.w, C().m())
