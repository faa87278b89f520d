try:
    raise OSError(1, "Operation not permitted")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
    print(str(e))
    print(repr(e))
