def f():
    try:
        [][0]
    except IndexError:
        return "handled"
    return "not here"
print(f())
