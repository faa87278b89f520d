class ProtocolError(Exception):
    pass
def check(b):
    if b != b"OK":
        raise ProtocolError("unexpected reply", b)
check(b"OK")
print("first ok")
check(b"NO")
