depth = []
def r(n):
    depth.append(n)
    if n == 5:
        raise RuntimeError("deep")
    r(n + 1)
try:
    r(0)
except RuntimeError as e:
    print(e, len(depth))
