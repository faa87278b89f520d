def make_counter():
    counts = {"n": 0}

    def tick():
        counts["n"] += 1
        return counts["n"]

    return tick


a = make_counter()
b = make_counter()
a()
a()
b()
print(a(), b())
