import socket

left, right = socket.socketpair()
for msg in [b"one", b"two", b"three"]:
    left.sendall(msg + b"\n")
    line = right.recv(1024)
    print(line.strip().upper())
left.close()
right.close()
