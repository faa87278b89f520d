import socket
import threading

server_side, client_side = socket.socketpair()


def echo():
    while True:
        data = server_side.recv(1024)
        if not data:
            break
        server_side.sendall(data.upper())
    server_side.close()


t = threading.Thread(target=echo)
t.start()
for word in [b"alpha", b"beta"]:
    client_side.sendall(word)
    print(client_side.recv(1024))
client_side.close()
t.join()
print("echo thread done:", not t.is_alive())
