import socket
a, b = socket.socketpair()
a.close()
try:
    a.send(b"x")
except OSError as e:
    print(type(e).__name__, e.errno)
b.close()
