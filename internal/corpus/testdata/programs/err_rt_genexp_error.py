print(sum(10 // x for x in [1, 2]))
print(sum(10 // x for x in [1, 0]))
