lst = list(range(10))
del lst[::2]
print(lst)
