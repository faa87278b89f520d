ports = [22, 80, 443]
print(*ports, sep=",")
print("a", "b", "c", sep="")
print("no newline", end="")
print(" continued")
print("x", "y", sep=" | ", end=" <\n")
print()
print("last", end="!")
