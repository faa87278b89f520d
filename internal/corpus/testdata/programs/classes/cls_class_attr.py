class Counter:
    count = 0
    def bump(self):
        Counter.count += 1
        return Counter.count
a = Counter()
b = Counter()
a.bump()
b.bump()
print(Counter.count, a.count, b.count)
