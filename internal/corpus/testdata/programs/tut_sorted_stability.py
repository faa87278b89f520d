records = [("b", 2), ("a", 2), ("c", 1), ("d", 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: (r[1], r[0])))
records.sort(key=lambda r: r[0], reverse=True)
print(records)
