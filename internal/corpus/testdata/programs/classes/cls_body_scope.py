class A:
    x = 1
    y = x + 1
    if y > 1:
        def f(self):
            return "f"
    else:
        def g(self):
            return "g"
    del x
print(A.y, A().f(), hasattr(A, "x"), hasattr(A, "g"))
