def connect():
    return sock.connect(("h", 1))


print("calling")
connect()
