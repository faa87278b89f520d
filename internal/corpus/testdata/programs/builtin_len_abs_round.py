print(len("abc"), len([1, 2]), len({}), len(b"\x00\x00"))
print(abs(-7), round(7.25, 1), round(1234, -2))
print(sum([1, 2, 3], 10), sum([0.5, 0.25]))
