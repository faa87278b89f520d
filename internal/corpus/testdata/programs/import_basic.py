import socket
import struct
import binascii

print(socket.AF_INET == 2, socket.SOCK_STREAM == 1)
print(struct.pack("!H", 80))
print(binascii.hexlify(b"hi"))
