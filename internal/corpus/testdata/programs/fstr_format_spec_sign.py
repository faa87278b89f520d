for v in (-3, 0, 3):
    print(f"{v:+d} {v: d} {v:05d}")
