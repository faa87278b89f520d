class A:
    name = "a"
class B:
    name = "b"
for k in [A, B]:
    print(k.name, k().name, k.__name__)
