n = 5
print(f"{{n}} is {n}")
print(f"{{{n}}}")
print(f"{{}}")
