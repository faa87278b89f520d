try:
    x = int("five")
except ValueError:
    print("bad")
else:
    print("good", x)
