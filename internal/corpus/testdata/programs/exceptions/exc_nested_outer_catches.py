try:
    try:
        raise IndexError("i")
    except KeyError:
        print("inner")
except LookupError as e:
    print("outer", type(e).__name__)
