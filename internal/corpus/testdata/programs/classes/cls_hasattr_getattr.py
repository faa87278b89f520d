class C:
    a = 1
    def __init__(self):
        self.b = 2
c = C()
print(hasattr(c, "a"), hasattr(c, "b"), hasattr(c, "c"))
print(getattr(c, "b"), getattr(c, "zz", "default"))
setattr(c, "z", 9)
print(c.z)
