print(hex(255), oct(8), bin(5))
print(hex(-255), bin(0))
print(int("ff", 16), int("0x1f", 16), int("101", 2), int("  42 "))
print(int("0o17", 0), int("-7"))
