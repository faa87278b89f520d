import socket

a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
a.send(b"datagram one")
a.send(b"two")
print(b.recv(100), b.recv(100))
a.close()
b.close()
