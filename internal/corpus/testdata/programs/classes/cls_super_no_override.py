class A:
    def __init__(self):
        self.tag = "A"
class B(A):
    pass
class C(B):
    def __init__(self):
        super().__init__()
        self.tag += "C"
print(C().tag)
