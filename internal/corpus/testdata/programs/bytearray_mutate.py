buf = bytearray(b"hello")
buf[0] = ord("H")
buf[-1] = 0x21
print(buf)
buf[1:3] = b"EL"
print(buf)
print(buf[1:3], list(buf[:2]))
