# CPython 3.11 Doc/library/socketserver.rst, "socketserver.TCPServer
# Example", the client side. Differs from the documentation only in:
# HOST, PORT is "127.0.0.1", int(sys.argv[1]) (was "localhost", 9999),
# so the data is " ".join(sys.argv[2:]) (was sys.argv[1:]).
import socket
import sys

HOST, PORT = "127.0.0.1", int(sys.argv[1])
data = " ".join(sys.argv[2:])

# Create a socket (SOCK_STREAM means a TCP socket)
with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
    # Connect to server and send data
    sock.connect((HOST, PORT))
    sock.sendall(bytes(data + "\n", "utf-8"))

    # Receive data from the server and shut down
    received = str(sock.recv(1024), "utf-8")

print("Sent:     {}".format(data))
print("Received: {}".format(received))
