class Packet:
    HEADER = b"\xaa"
    def __init__(self, payload):
        self.payload = payload
    def encode(self):
        return Packet.HEADER + bytes([len(self.payload)]) + self.payload
print(Packet(b"hi").encode())
