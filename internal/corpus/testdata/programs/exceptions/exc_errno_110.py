try:
    raise OSError(110, "Connection timed out")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
    print(str(e))
    print(repr(e))
