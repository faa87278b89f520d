café = "coffee"
print(café)
