class NetError(OSError):
    pass
try:
    raise NetError("down")
except OSError as e:
    print(type(e).__name__, e)
