flags = 0x12
print(flags & 0x0F, flags | 0x01, flags ^ 0xFF, ~flags)
print(1 << 10, 1024 >> 3, -16 >> 2)
x = 5
x <<= 2
x |= 1
x &= 0xFF
x ^= 3
x >>= 1
print(x)
