for e in [ValueError(), ValueError("x"), ValueError("x", 2), KeyError("k"), KeyError(1), IndexError(0)]:
    print(repr(e), "|", str(e), "|", e.args)
