# CPython's newer (3.13) Doc/library/socketserver.rst, "socketserver.TCPServer
# Example", the alternative StreamRequestHandler MyTCPHandler (the
# documentation shows only the class; the rest is the server side's).
# Differs from the documentation only in: HOST, PORT is "127.0.0.1", 0
# (was "localhost", 9999), and the line marked "added" prints the bound
# port so that the test can start the client; serve_forever() runs until
# the test kills the process.
import socketserver

class MyTCPHandler(socketserver.StreamRequestHandler):

    def handle(self):
        # self.rfile is a file-like object created by the handler.
        # We can now use e.g. readline() instead of raw recv() calls.
        # We limit ourselves to 10000 bytes to avoid abuse by the sender.
        self.data = self.rfile.readline(10000).rstrip()
        print(f"{self.client_address[0]} wrote:")
        print(self.data.decode("utf-8"))
        # Likewise, self.wfile is a file-like object used to write back
        # to the client
        self.wfile.write(self.data.upper())

if __name__ == "__main__":
    HOST, PORT = "127.0.0.1", 0

    # Create the server, binding to localhost on port 9999
    with socketserver.TCPServer((HOST, PORT), MyTCPHandler) as server:
        print(server.server_address[1])  # added
        # Activate the server; this will keep running until you
        # interrupt the program with Ctrl-C
        server.serve_forever()
