total = 0
for s in ["1", "x", "3"]:
    try:
        total += int(s)
    except ValueError:
        continue
print(total)
