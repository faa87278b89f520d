for v in (0, 1, 255, 256, 65535, 2 ** 31):
    b = v.to_bytes(4, "big")
    print(v, b.hex(), int.from_bytes(b, "big") == v)
