rows = [(1, "a", "b"), (2, "c")]
for n, *letters in rows:
    print(n, letters)
