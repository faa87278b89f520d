name = "x"
print(f"{name:>3}")
print(f"{name:d}")
