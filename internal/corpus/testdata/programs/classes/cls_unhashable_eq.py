class K:
    def __eq__(self, other):
        return True
print("made", K() == 1)
s = {K()}
