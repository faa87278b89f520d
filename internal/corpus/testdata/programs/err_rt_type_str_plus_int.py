port = 80
print("port")
msg = "port " + port
