import socket
a, b = socket.socketpair()
def use(sock):
    try:
        sock.sendall(b"ping")
        raise TimeoutError("timed out")
    finally:
        sock.close()
        print("closed")
try:
    use(a)
except TimeoutError as e:
    print("error:", e)
print(b.recv(4))
b.close()
