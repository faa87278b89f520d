def key(x):
    if x == 3:
        raise ValueError("no threes")
    return -x
try:
    sorted([1, 2, 3], key=key)
except ValueError as e:
    print(e)
