# CPython 3.11 Doc/library/socket.rst, "Example", the IPv4 "Echo client
# program". Differs from the documentation only in: HOST is '127.0.0.1'
# (was 'daring.cwi.nl'), PORT is int(sys.argv[1]) (was 50007), and
# so sys is imported (the line marked "added").
# Echo client program
import socket
import sys  # added

HOST = '127.0.0.1'    # The remote host
PORT = int(sys.argv[1])   # The same port as used by the server
with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
    s.connect((HOST, PORT))
    s.sendall(b'Hello, world')
    data = s.recv(1024)
print('Received', repr(data))
