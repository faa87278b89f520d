s = "héllo"
b = s.encode()
print(b, len(b))
print(b.decode("utf-8"))
print("abc".encode("ascii"))
print(b"\xe9".decode("latin-1"))
