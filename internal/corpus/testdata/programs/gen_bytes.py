data = b"\x01\x02\x03"
print(sum(b for b in data))
print(bytes(b ^ 0xFF for b in data))
print(" ".join(f"{b:02x}" for b in data))
