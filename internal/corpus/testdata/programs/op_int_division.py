print(7 // 2, -7 // 2, 7 % 3, -7 % 3)
print(7 / 2, 6 / 3, -1 / 4)
print(divmod(17, 5), divmod(-17, 5))
print(7.5 // 2, 7.5 % 2)
