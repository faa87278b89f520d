class Wrapped(Exception):
    def __init__(self, inner):
        super().__init__("wrapped: " + str(inner))
        self.inner = inner
try:
    try:
        1 // 0
    except ZeroDivisionError as z:
        raise Wrapped(z)
except Wrapped as w:
    print(w, "|", type(w.inner).__name__)
