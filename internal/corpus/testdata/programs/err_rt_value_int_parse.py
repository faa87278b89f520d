text = "80"
print(int(text))
print(int("eighty"))
