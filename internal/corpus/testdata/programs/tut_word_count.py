text = """the quick brown fox
jumps over the lazy dog
the end"""
counts = {}
for line in text.splitlines():
    for w in line.split():
        counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
for word, n in top:
    print(f"{word:<6}{n}")
