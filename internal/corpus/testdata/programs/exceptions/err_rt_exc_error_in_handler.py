try:
    raise ValueError("v")
except ValueError:
    [][0]
