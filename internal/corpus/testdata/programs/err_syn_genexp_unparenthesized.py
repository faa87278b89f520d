xs = [1, 2]
print(sum(x for x in xs, 1))
