try:
    raise ValueError("v")
except ValueError as e:
    print("in handler", e)
try:
    print(e)
except NameError:
    print("e is gone")
