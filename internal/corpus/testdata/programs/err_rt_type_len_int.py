n = 5
print(n)
print(len(n))
