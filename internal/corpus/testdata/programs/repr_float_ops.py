print(10 / 4, 10 / 5, 2 ** 0.5)
print(round(2.675, 2), round(3.5), round(4.5), round(-0.5))
print(int(3.9), int(-3.9), float(3), float("1.25"))
print(abs(-2.5), abs(-3))
