def inv(x):
    return 1 / x
try:
    print(list(map(inv, [1, 2, 0])))
except ZeroDivisionError:
    print("division by zero in map")
