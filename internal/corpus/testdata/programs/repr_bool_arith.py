print(True == 1, False == 0, True + 1)
print(str(True), repr(False))
print(bool(""), bool("x"), bool([]), bool(0.0), bool(None))
