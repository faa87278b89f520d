class Evens:
    def __contains__(self, x):
        return x % 2 == 0
e = Evens()
print(2 in e, 3 in e, 3 not in e)
