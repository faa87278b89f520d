s = "ab"
print(f"[{s!r:>8}]")
print(f"[{s!s:<4}]")
