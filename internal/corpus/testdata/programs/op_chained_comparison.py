port = 8080
print(0 < port < 65536)
print(1 <= 1 < 2 > 0)
print(1 < 2 < 1)
