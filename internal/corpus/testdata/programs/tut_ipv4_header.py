import struct
import socket

header = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20, 0x1c46, 0x4000, 64, 6, 0,
                     socket.inet_aton("10.0.0.1"), socket.inet_aton("10.0.0.2"))
ver_ihl, tos, total, ident, frag, ttl, proto, csum, src, dst = struct.unpack("!BBHHHBBH4s4s", header)
print(ver_ihl >> 4, ver_ihl & 0xF, total, hex(ident), ttl, proto)
print(socket.inet_ntoa(src), "->", socket.inet_ntoa(dst))
