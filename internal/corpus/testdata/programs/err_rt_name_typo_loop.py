ports = [22, 80]
for p in ports:
    print(p)
    print(prots)
