total = 10
count = 0
print("averaging")
print(total / count)
