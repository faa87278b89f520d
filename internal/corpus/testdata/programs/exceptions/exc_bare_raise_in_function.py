def reraise():
    raise
try:
    try:
        raise TypeError("t")
    except TypeError:
        reraise()
except TypeError as e:
    print("function reraised", e)
