print(bytes([255]))
print(bytes([256]))
