import socket
print(socket.inet_aton("10.0.0.1"))
socket.inet_aton("999.1.1.1")
