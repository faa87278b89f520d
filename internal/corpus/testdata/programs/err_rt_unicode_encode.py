print("abc".encode("ascii"))
print("é".encode("ascii"))
