big = 2 ** 100
print(big)
print(-big // 3)
print(0xFFFFFFFFFFFFFFFFFFFF)
print(10 ** 20 + 1)
