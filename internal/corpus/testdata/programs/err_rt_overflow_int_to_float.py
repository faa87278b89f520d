big = 10 ** 400
print(big > 0)
print(float(big))
