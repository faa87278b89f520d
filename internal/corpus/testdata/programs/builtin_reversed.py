print(list(reversed([1, 2, 3])))
print("".join(reversed("abc")))
for c in reversed(range(3)):
    print(c)
