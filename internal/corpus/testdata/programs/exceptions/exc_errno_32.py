try:
    raise OSError(32, "Broken pipe")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
    print(str(e))
    print(repr(e))
