# CPython 3.11 Doc/library/socket.rst, "Example", the IPv4 and IPv6 "Echo
# client program". Differs from the documentation only in: HOST is
# '127.0.0.1' (was 'daring.cwi.nl'), PORT is int(sys.argv[1]) (was 50007).
# Echo client program
import socket
import sys

HOST = '127.0.0.1'    # The remote host
PORT = int(sys.argv[1])   # The same port as used by the server
s = None
for res in socket.getaddrinfo(HOST, PORT, socket.AF_UNSPEC, socket.SOCK_STREAM):
    af, socktype, proto, canonname, sa = res
    try:
        s = socket.socket(af, socktype, proto)
    except OSError as msg:
        s = None
        continue
    try:
        s.connect(sa)
    except OSError as msg:
        s.close()
        s = None
        continue
    break
if s is None:
    print('could not open socket')
    sys.exit(1)
with s:
    s.sendall(b'Hello, world')
    data = s.recv(1024)
print('Received', repr(data))
