x = 0.1 + 0.2
y = 1e16
z = 100.0
print(f"{x} {y} {z}")
print(f"{1/3}")
