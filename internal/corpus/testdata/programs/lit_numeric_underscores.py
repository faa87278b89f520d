million = 1_000_000
mask = 0xFF_FF
bits = 0b1010_1010
octal = 0o7_7
f = 1_000.000_1
print(million, mask, bits, octal, f)
