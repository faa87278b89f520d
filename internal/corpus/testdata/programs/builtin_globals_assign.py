globals()["made"] = 5
print(made)
