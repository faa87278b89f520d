import socket
from contextlib import closing

with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as s:
    print(s.fileno() >= 0)
print(s.fileno())
