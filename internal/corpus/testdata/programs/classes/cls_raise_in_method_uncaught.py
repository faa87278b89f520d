class Client:
    def connect(self):
        raise ConnectionRefusedError(111, "Connection refused")
c = Client()
print("connecting")
c.connect()
