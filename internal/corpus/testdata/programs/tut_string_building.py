parts = []
for i in range(5):
    parts.append(str(i))
s = ",".join(parts)
print(s)
out = ""
for p in parts:
    out += p * 2
print(out)
