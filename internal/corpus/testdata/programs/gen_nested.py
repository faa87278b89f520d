matrix = [[1, 2], [3, 4]]
print(sum(v for row in matrix for v in row))
print(list((i, j) for i in range(2) for j in range(i + 1)))
