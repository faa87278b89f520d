try:
    int("0x1g", 16)
except ValueError:
    print("not hex")
