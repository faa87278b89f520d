print("abc".find("z"))
print("abc".index("z"))
