class C:
    def __init__(self):
        self.items = [3, 1, 2]
    def sorted_by(self, key):
        return sorted(self.items, key=lambda v: key * v)
print(C().sorted_by(-1))
