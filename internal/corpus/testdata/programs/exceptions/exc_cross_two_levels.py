def a():
    raise KeyError("missing")
def b():
    return a()
def c():
    try:
        return b()
    except KeyError as e:
        return "c caught " + repr(e)
print(c())
