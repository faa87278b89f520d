table = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
s = "a\tb\r\n"
print("".join(table.get(c, c) for c in s))
