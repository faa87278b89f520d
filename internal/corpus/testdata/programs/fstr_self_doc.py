port = 80
host = "example"
print(f"{port=}")
print(f"{host=}")
print(f"{port + 1 = }")
