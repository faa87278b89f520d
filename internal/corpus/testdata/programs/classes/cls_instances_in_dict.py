class Peer:
    def __init__(self, host, port):
        self.host = host
        self.port = port
peers = {}
for i in range(3):
    peers[i] = Peer("10.0.0.%d" % i, 8000 + i)
print([(p.host, p.port) for p in peers.values()])
