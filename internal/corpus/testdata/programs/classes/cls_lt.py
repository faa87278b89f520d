class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
print(V(1) < V(2), V(3) < V(2))
print([v.n for v in sorted([V(3), V(1), V(2)])])
