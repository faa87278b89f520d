import socket; x = 1
print(x, socket.AF_INET)
import struct; import binascii; print(binascii.hexlify(struct.pack("B", 255)))
