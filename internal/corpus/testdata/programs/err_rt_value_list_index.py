ports = [22, 80]
print(ports.index(80))
print(ports.index(443))
