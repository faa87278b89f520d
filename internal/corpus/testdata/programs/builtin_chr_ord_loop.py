print("".join(chr(ord("a") + i) for i in range(5)))
