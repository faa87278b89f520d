import socket
a, b = socket.socketpair()
a.settimeout(0.05)
try:
    a.recv(10)
except socket.timeout as e:
    print("timeout:", e, type(e).__name__)
a.close(); b.close()
