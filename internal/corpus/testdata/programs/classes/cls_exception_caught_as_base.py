class ProtocolError(Exception):
    pass
class FrameError(ProtocolError):
    pass
for cls in [ProtocolError, FrameError]:
    try:
        raise cls("x")
    except Exception as e:
        print(type(e).__name__, isinstance(e, ProtocolError), isinstance(e, FrameError))
