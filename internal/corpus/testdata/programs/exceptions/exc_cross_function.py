def parse(s):
    return int(s)
def load_all(items):
    out = []
    for s in items:
        try:
            out.append(parse(s))
        except ValueError:
            out.append(None)
    return out
print(load_all(["1", "two", "3"]))
