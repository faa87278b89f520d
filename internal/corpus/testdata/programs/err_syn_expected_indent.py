print("x")
if True:
print("y")
