d = {"a": 1}
print(d.popitem())
d.popitem()
