try:
    raise OSError(104, "Connection reset by peer")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
    print(str(e))
    print(repr(e))
