e = ConnectionResetError(104, "Connection reset by peer")
print(isinstance(e, ConnectionError), isinstance(e, OSError), isinstance(e, Exception), isinstance(e, ValueError))
