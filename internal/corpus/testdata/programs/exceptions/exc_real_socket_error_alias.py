import socket
print(socket.error is OSError, socket.timeout is TimeoutError)
print(issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError))
