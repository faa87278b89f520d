it = iter([10, 20, 30])
print(next(it))
print(next(it), next(it))
print(next(it, "done"))
