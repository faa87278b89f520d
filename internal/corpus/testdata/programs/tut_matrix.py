def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]


a = [[1, 2], [3, 4]]
print(matmul(a, a))
print(list(zip(*a)))
