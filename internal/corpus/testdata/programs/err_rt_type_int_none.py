value = None
print(int(value))
