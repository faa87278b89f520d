def walk(n):
    return walk(n + 1)


print("recursing")
walk(0)
