data = b"\x00\x10\xff"
for byte in data:
    print(byte, hex(byte))
print(list(data))
print(list(b"AB"))
