rows = [("ssh", 22), ("http", 80), ("https", 443)]
for name, port in rows:
    print(f"{name:<8}{port:>6}")
