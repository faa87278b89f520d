x = 3
x **= 2
print(x)
y = [2]
y[0] **= 10
print(y)
