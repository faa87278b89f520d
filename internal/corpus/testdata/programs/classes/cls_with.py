class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type)
        return False
with Resource("r1") as r:
    print("using", r.name)
print("after")
