ports = [22, 80, 443, 8080]
print([p for p in ports if p > 100])
print([p * 2 for p in ports])
print({p: str(p) for p in ports[:2]})
print([(i, c) for i, c in enumerate("ab")])
print([[r * c for c in range(3)] for r in range(3)])
print([x for row in [[1, 2], [3]] for x in row])
