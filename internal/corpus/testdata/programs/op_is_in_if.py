def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            return i
    return None


r = find([3, 4, 5], 5)
if r is not None:
    print("found at", r)
if find([], 1) is None:
    print("missing")
