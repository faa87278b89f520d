print("x".encode("nope"))
