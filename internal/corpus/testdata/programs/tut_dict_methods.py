counts = {}
for word in "the cat the hat the end".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(counts.pop("end"), counts)
print(counts.setdefault("new", 0), counts)
counts.update({"cat": 5, "dog": 1})
print(sorted(counts.items()))
print("hat" in counts, counts.get("nope"))
for k, v in counts.items():
    print(k, v)
