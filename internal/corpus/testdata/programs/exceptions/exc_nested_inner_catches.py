try:
    try:
        raise KeyError("k")
    except KeyError:
        print("inner")
except KeyError:
    print("outer")
print("done")
