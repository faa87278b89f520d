ports = [22, 80]
print(", ".join(ports))
