import socket

with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
    print("open", s.fileno() > 2)
print("closed", s.fileno())
