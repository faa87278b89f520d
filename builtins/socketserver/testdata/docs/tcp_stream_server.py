# CPython 3.11 Doc/library/socketserver.rst, "socketserver.TCPServer
# Example", the server side with the alternative StreamRequestHandler
# MyTCPHandler (the documentation shows only the class; the rest is the
# server side's). Differs from the documentation only in: HOST, PORT is
# "127.0.0.1", 0 (was "localhost", 9999), and the line marked "added"
# prints the bound port so that the test can start the client;
# serve_forever() runs until the test kills the process.
import socketserver

class MyTCPHandler(socketserver.StreamRequestHandler):

    def handle(self):
        # self.rfile is a file-like object created by the handler;
        # we can now use e.g. readline() instead of raw recv() calls
        self.data = self.rfile.readline().strip()
        print("{} wrote:".format(self.client_address[0]))
        print(self.data)
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
