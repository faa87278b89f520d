class Empty:
    pass
e = Empty()
e.name = "n"
print(e.name, type(e).__name__)
