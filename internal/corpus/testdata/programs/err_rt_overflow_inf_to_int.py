x = float("inf")
print(x)
print(int(x))
