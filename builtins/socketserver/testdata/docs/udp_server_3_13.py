# CPython's newer (3.13) Doc/library/socketserver.rst, "socketserver.UDPServer
# Example", the server side. Differs from the documentation only in:
# HOST, PORT is "127.0.0.1", 0 (was "localhost", 9999), and the line
# marked "added" prints the bound port so that the test can start the
# client; serve_forever() runs until the test kills the process.
import socketserver

class MyUDPHandler(socketserver.BaseRequestHandler):
    """
    This class works similar to the TCP handler class, except that
    self.request consists of a pair of data and client socket, and since
    there is no connection the client address must be given explicitly
    when sending data back via sendto().
    """

    def handle(self):
        data = self.request[0].strip()
        socket = self.request[1]
        print(f"{self.client_address[0]} wrote:")
        print(data)
        socket.sendto(data.upper(), self.client_address)

if __name__ == "__main__":
    HOST, PORT = "127.0.0.1", 0
    with socketserver.UDPServer((HOST, PORT), MyUDPHandler) as server:
        print(server.server_address[1])  # added
        server.serve_forever()
