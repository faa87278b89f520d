ports = [22, 80, 22, 443, 80]
unique = {p for p in ports}
print(sorted(unique), len(unique))
print(set() == set([]), len(set("hello")))
