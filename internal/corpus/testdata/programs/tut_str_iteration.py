word = "socket"
for ch in word:
    print(ch, end=" ")
print()
print(word[0], word[-1], word[1:4], word[::-1], len(word))
print(sorted(word), "".join(sorted(word)))
