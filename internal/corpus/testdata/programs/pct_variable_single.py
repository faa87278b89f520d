template = "port %d"
print(template % 8080)
line = "%s=%r"
print(line % ("name", "value"))
