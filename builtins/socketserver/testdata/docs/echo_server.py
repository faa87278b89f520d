# CPython 3.11 Doc/library/socket.rst, "Example", the IPv4 "Echo server
# program". Differs from the documentation only in: HOST is '127.0.0.1'
# (was ''), PORT is 0 (was 50007), and the line marked "added" prints the
# bound port so that the test can start the client. It ends after its one
# client, as documented.
# Echo server program
import socket

HOST = '127.0.0.1'        # Symbolic name meaning all available interfaces
PORT = 0                  # Arbitrary non-privileged port
with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
    s.bind((HOST, PORT))
    s.listen(1)
    print(s.getsockname()[1])  # added
    conn, addr = s.accept()
    with conn:
        print('Connected by', addr)
        while True:
            data = conn.recv(1024)
            if not data: break
            conn.sendall(data)
