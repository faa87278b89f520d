from socket import socket
import socket as sockmod
print(socket is sockmod.socket)
print(sockmod.AF_INET)
