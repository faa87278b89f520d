import socket
a, b = socket.socketpair()
try:
    with a:
        a.sendall(b"x")
        raise RuntimeError("inside with")
except RuntimeError as e:
    print(e, a.fileno())
b.close()
