class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n, 0, -1))
print(list(Countdown(3)))
for i in Countdown(2):
    print("tick", i)
print(sorted(Countdown(4)), sum(Countdown(4)))
