import socket

a, b = socket.socketpair()
with a, b:
    a.sendall(b"ping")
    print(b.recv(16))
print(a.fileno(), b.fileno())
