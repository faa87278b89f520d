class ProtocolError(Exception):
    pass
try:
    raise ProtocolError("bad header")
except ProtocolError as e:
    print("caught", e, e.args, repr(e))
