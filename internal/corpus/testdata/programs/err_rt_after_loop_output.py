for i in range(3):
    print("line", i)
result = {"a": 1}["b"]
