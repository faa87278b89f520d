import socket
a, b = socket.socketpair()
a.settimeout(0.05)
try:
    a.recv(10)
except OSError as e:
    print(type(e).__name__, e.errno)
a.close(); b.close()
