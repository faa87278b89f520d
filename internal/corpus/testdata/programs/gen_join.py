ports = [22, 80, 443]
print(", ".join(str(p) for p in ports))
print("-".join(p for p in ["a", "b"]))
