d = {}
d["a"] = d["b"] = 1
print(d)
lst = [0, 0, 0]
lst[0] = lst[2] = 9
print(lst)
