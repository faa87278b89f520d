print("x")
items = (1, 2]
