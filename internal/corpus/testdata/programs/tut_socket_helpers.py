import socket

print(socket.htons(0x1234) == 0x3412, socket.ntohs(socket.htons(80)))
print(socket.htonl(1), socket.ntohl(16777216))
packed = socket.inet_aton("192.168.1.10")
print(packed, socket.inet_ntoa(packed))
print(socket.inet_pton(socket.AF_INET, "10.0.0.1"))
print(socket.inet_ntop(socket.AF_INET, b"\x7f\x00\x00\x01"))
