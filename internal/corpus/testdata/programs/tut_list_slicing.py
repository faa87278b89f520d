data = list(range(10))
print(data[2:5], data[:3], data[7:], data[-3:], data[::3], data[::-1])
data[1:3] = ["a", "b", "c"]
print(data)
print(data[100:], data[-100:2])
