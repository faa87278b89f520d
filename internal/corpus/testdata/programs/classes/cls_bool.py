class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
print(bool(Flag(True)), bool(Flag(False)))
print("yes" if Flag(True) else "no", "yes" if Flag(False) else "no")
print(Flag(False) or "fallback")
