def f():
    try:
        raise ValueError("inner")
    finally:
        print("cleanup")
try:
    f()
except ValueError as e:
    print("caught", e)
