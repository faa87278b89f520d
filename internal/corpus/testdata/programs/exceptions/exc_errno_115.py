try:
    raise OSError(115, "Operation now in progress")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
    print(str(e))
    print(repr(e))
