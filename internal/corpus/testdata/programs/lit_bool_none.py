print(True, False, None)
print(True + True, not None)
print(repr(None), str(True))
