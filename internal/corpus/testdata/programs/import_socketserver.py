import socketserver
print(hasattr(socketserver, "TCPServer"), hasattr(socketserver, "ThreadingTCPServer"))
