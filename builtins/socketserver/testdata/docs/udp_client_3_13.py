# CPython's newer (3.13) Doc/library/socketserver.rst, "socketserver.UDPServer
# Example", the client side. Differs from the documentation only in:
# HOST, PORT is "127.0.0.1", int(sys.argv[1]) (was "localhost", 9999),
# so the data is " ".join(sys.argv[2:]) (was sys.argv[1:]).
import socket
import sys

HOST, PORT = "127.0.0.1", int(sys.argv[1])
data = " ".join(sys.argv[2:])

# SOCK_DGRAM is the socket type to use for UDP sockets
sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

# As you can see, there is no connect() call; UDP has no connections.
# Instead, data is directly sent to the recipient via sendto().
sock.sendto(bytes(data + "\n", "utf-8"), (HOST, PORT))
received = str(sock.recv(1024), "utf-8")

print("Sent:    ", data)
print("Received:", received)
