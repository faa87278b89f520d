class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
p = Point(1, 2)
p.move(3, 4)
print(p.x, p.y)
