class K:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return self.k == other.k
    def __hash__(self):
        return hash(self.k)
d = {K("a"): 1}
d[K("a")] = 2
print(len(d), d[K("a")])
print(len({K(1), K(1), K(2)}))
