import socket
import struct

a, b = socket.socketpair()


def send_msg(sock, payload):
    sock.sendall(struct.pack("!I", len(payload)) + payload)


def recv_exact(sock, n):
    buf = b""
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise_error = True
            break
        buf += chunk
    return buf


def recv_msg(sock):
    (length,) = struct.unpack("!I", recv_exact(sock, 4))
    return recv_exact(sock, length)


send_msg(a, b"hello")
send_msg(a, b"")
send_msg(a, b"x" * 10)
print(recv_msg(b), recv_msg(b), recv_msg(b))
a.close()
b.close()
