names = ["a", "b", "c"]
vals = [1, 2]
print(list(zip(names, vals)))
print(list(zip()))
print(list(zip("ab", range(5), [True, False])))
