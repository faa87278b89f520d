class A:
    pass
class B(A):
    pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, object))
print(isinstance(A(), B), isinstance(b, (int, A)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, object))
print(type(b) is B, type(b) == A)
