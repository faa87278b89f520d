class Table:
    def __init__(self):
        self.rows = {"a": 1, "b": 2}
    def __getitem__(self, key):
        return self.rows[key]
t = Table()
print(t["a"], t["b"])
t["c"]
