print(0x1f, 0o17, 0b11, 0X1F, 0O17, 0B11)
print(1e3, 1.5e-3, 2E2, .5, 5.)
print(r"\n", R"\t", b"\x41", B"\x42", rb"\x43", Br"\x44")
