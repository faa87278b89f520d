results = []
for a in [1, 0, "x"]:
    try:
        try:
            results.append(10 // a)
        except ZeroDivisionError:
            results.append("zero")
    except TypeError:
        results.append("type")
print(results)
