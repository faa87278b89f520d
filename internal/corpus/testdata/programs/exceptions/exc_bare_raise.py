def f():
    try:
        int("z")
    except ValueError:
        print("logging")
        raise
try:
    f()
except ValueError as e:
    print("reraised", e)
