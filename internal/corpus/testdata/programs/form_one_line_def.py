def double(x): return x * 2
def nothing(): pass
print(double(21), nothing())
