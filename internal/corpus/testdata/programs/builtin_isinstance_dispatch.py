def to_bytes(x):
    if isinstance(x, bytes):
        return x
    if isinstance(x, str):
        return x.encode()
    if isinstance(x, int):
        return str(x).encode()
    return None


print(to_bytes("a"), to_bytes(b"b"), to_bytes(3), to_bytes(None))
