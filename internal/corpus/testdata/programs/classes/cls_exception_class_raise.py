class Stop(Exception):
    pass
try:
    raise Stop
except Stop as e:
    print("caught", type(e).__name__, e.args, repr(e))
