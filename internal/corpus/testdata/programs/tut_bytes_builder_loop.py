out = b""
for i in range(5):
    out += bytes([i, 255 - i])
print(out)
print(out[::2], out[1::2])
print([b for b in out if b > 250])
