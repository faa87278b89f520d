b = b"hello"
b[0] = 72
