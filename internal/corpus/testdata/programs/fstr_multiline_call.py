a = 1
b = 2
print(
    f"a={a}, "
    f"b={b}"
)
