# CPython's newer (3.13) Doc/library/socketserver.rst, "socketserver.TCPServer
# Example", the server side with the BaseRequestHandler MyTCPHandler that
# reads up to a newline in a recv() loop. Differs from the documentation
# only in: HOST, PORT is "127.0.0.1", 0 (was "localhost", 9999), and the
# line marked "added" prints the bound port so that the test can start
# the client; serve_forever() runs until the test kills the process.
import socketserver

class MyTCPHandler(socketserver.BaseRequestHandler):
    """
    The request handler class for our server.

    It is instantiated once per connection to the server, and must
    override the handle() method to implement communication to the
    client.
    """

    def handle(self):
        # self.request is the TCP socket connected to the client
        pieces = [b'']
        total = 0
        while b'\n' not in pieces[-1] and total < 10_000:
            pieces.append(self.request.recv(2000))
            total += len(pieces[-1])
        self.data = b''.join(pieces)
        print(f"Received from {self.client_address[0]}:")
        print(self.data.decode("utf-8"))
        # just send back the same data, but upper-cased
        self.request.sendall(self.data.upper())
        # after we return, the socket will be closed.

if __name__ == "__main__":
    HOST, PORT = "127.0.0.1", 0

    # Create the server, binding to localhost on port 9999
    with socketserver.TCPServer((HOST, PORT), MyTCPHandler) as server:
        print(server.server_address[1])  # added
        # Activate the server; this will keep running until you
        # interrupt the program with Ctrl-C
        server.serve_forever()
