class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return isinstance(other, V) and self.n == other.n
print(V(1) == V(1), V(1) == V(2), V(1) != V(2))
print(V(1) in [V(0), V(1)])
print([V(1), V(2)].index(V(2)))
