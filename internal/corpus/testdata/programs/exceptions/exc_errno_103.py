try:
    raise OSError(103, "Software caused connection abort")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
    print(str(e))
    print(repr(e))
