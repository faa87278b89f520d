frames = [b"\x01", b"ok"]
print(frames)
print((b"a", 1))
print({b"k": b"v"})
