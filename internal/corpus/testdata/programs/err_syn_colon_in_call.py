print("a": 1)
