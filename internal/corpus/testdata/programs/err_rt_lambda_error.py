f = lambda x: x["k"]
print(f({"k": 1}))
print(f({}))
