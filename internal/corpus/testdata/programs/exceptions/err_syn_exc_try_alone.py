print("not run")
try:
    x = 1
print(x)
