y = 1
x = 1 if y
