import socket
s = socket.socket()
try:
    s.connect(("127.0.0.1", 1))
except ConnectionRefusedError as e:
    print("refused", e.errno, e.strerror)
finally:
    s.close()
