class Parser:
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def byte(self):
        b = self.data[self.pos]
        self.pos += 1
        return b
    def word(self):
        return self.byte() << 8 | self.byte()
p = Parser(b"\x01\x02\x03\x04")
print(p.word(), p.word())
