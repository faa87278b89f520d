print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7))
print(pow(2.5, 2))
