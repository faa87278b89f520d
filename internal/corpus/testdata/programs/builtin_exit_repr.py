print(exit)
print(quit)
