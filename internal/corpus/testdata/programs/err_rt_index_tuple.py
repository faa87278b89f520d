addr = ("h", 1)
print(addr[2])
