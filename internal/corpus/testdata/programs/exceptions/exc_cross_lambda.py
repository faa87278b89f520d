f = lambda d: d["x"]
try:
    f({})
except KeyError as e:
    print("lambda", e)
