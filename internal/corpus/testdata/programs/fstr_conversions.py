name = "it's"
print(f"{name!r}")
print(f"{name!s}")
print(f"{name!a}")
u = "hé"
print(f"{u!a}")
print(f"{u!r}")
