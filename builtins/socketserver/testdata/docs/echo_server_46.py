# CPython 3.11 Doc/library/socket.rst, "Example", the IPv4 and IPv6 "Echo
# server program". Differs from the documentation only in: HOST is
# '127.0.0.1' (was None), PORT is 0 (was 50007), and the line marked
# "added" prints the bound port so that the test can start the client.
# It ends after its one client, as documented.
# Echo server program
import socket
import sys

HOST = '127.0.0.1'        # Symbolic name meaning all available interfaces
PORT = 0                  # Arbitrary non-privileged port
s = None
for res in socket.getaddrinfo(HOST, PORT, socket.AF_UNSPEC,
                              socket.SOCK_STREAM, 0, socket.AI_PASSIVE):
    af, socktype, proto, canonname, sa = res
    try:
        s = socket.socket(af, socktype, proto)
    except OSError as msg:
        s = None
        continue
    try:
        s.bind(sa)
        s.listen(1)
    except OSError as msg:
        s.close()
        s = None
        continue
    break
if s is None:
    print('could not open socket')
    sys.exit(1)
print(s.getsockname()[1])  # added
conn, addr = s.accept()
with conn:
    print('Connected by', addr)
    while True:
        data = conn.recv(1024)
        if not data: break
        conn.send(data)
