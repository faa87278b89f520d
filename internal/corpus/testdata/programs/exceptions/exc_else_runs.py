try:
    x = int("5")
except ValueError:
    print("bad")
else:
    print("good", x)
