try:
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise IndexError("b")
        except IndexError:
            pass
        raise
except LookupError as e:
    print(type(e).__name__, e)
