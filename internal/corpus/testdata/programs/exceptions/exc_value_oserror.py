e = OSError(111, "Connection refused")
print(type(e).__name__, e.errno, e.strerror, str(e), e.args)
e = OSError("plain")
print(type(e).__name__, e.errno, e.strerror, str(e))
