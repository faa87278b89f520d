import socket  # uses (tcp
from struct import pack  # :(
print(socket.SOCK_STREAM, pack("B", 7))
