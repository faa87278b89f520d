import socket
a, b = socket.socketpair()
b.close()
try:
    for _ in range(100):
        a.send(b"x" * 65536)
except (BrokenPipeError, ConnectionResetError) as e:
    print("peer gone:", type(e).__name__ in ("BrokenPipeError", "ConnectionResetError"))
a.close()
