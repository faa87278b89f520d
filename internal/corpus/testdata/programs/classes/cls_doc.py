class B:
    "the doc"
    z: int = 3
class C:
    pass
print(B.__doc__, B.z, C.__doc__)
