def make_stats():
    total = 0
    count = 0

    def add(x):
        nonlocal total, count
        total += x
        count += 1
        return total / count

    return add


avg = make_stats()
for v in [10, 20, 60]:
    print(avg(v))
