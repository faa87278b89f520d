nums = [1, 2, 3, 4]
print(list(map(str, nums)))
print(list(map(lambda x: x * x, nums)))
print(list(filter(lambda x: x % 2, nums)))
print(list(filter(None, [0, 1, "", "a"])))
print(list(map(lambda a, b: a + b, [1, 2], [10, 20])))
