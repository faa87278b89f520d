try:
    raise RuntimeError("x") from KeyError
except RuntimeError as e:
    print(type(e.__cause__).__name__)
