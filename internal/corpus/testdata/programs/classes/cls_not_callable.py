class C:
    pass
c = C()
c()
