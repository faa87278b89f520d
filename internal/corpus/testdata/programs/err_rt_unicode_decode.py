data = b"ok \xff"
print(data[:2].decode())
print(data.decode("utf-8"))
