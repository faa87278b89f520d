port = 80
msg = "port " f"{port}" " open"
print(msg)
