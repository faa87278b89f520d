print(list(map(None, [1, 2])))
