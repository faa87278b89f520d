data = [10, 20, 30]
for i in range(4):
    print(data[i])
