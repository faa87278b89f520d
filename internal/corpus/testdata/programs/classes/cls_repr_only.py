class R:
    def __repr__(self):
        return "<R>"
print(R(), str(R()), [R()])
