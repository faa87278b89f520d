class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
print(len(Box([1, 2])), bool(Box([])), bool(Box([0])))
if not Box([]):
    print("empty box is false")
