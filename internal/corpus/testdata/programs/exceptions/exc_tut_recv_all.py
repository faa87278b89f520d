import socket
a, b = socket.socketpair()
b.sendall(b"hello")
b.close()
data = b""
try:
    while True:
        chunk = a.recv(2)
        if not chunk:
            break
        data += chunk
finally:
    a.close()
print(data)
