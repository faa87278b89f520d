fmt = "%-6s %5d %8.3f"
rows = [("ssh", 22, 0.5), ("http", 80, 12.25)]
for r in rows:
    print(fmt % r)
