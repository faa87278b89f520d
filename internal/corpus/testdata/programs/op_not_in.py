ports = [22, 80]
print(80 in ports, 443 not in ports)
print("a" in "cat", "z" not in "cat")
print(b"\r\n" in b"GET\r\n")
print(1 in {1: "x"})
