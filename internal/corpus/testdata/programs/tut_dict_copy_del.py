a = {"x": 1}
b = a.copy()
b["y"] = 2
print(a, b)
print(dict.fromkeys(["p", "q"], 0))
print(a.popitem(), a)
