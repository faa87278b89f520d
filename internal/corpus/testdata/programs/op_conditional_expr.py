for n in range(4):
    kind = "even" if n % 2 == 0 else "odd"
    print(n, kind)
