d = {}
d["zeta"] = 1
d["alpha"] = 2
d["mid"] = 3
print(d)
print(list(d), list(d.values()), list(d.items()))
d["zeta"] = 9
print(d)
