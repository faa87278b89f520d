for text in ["80", "0x50", "0b1010000", "0o120"]:
    print(text, int(text, 0))
print(int("z", 36), int("-0"))
