print(list(range(5)))
print(list(range(2, 10, 3)))
print(list(range(5, 0, -2)))
print(len(range(0, 100, 7)))
