line = "KEY=value"
print(line.split("=")[1].upper())
print(line.split(":")[1].upper())
