class Resource:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__, exc)
        return False
try:
    with Resource():
        raise ValueError("inside")
except ValueError as e:
    print("caught", e)
