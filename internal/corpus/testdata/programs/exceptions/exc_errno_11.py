try:
    raise OSError(11, "Resource temporarily unavailable")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
    print(str(e))
    print(repr(e))
