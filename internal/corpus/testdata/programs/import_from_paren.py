from socket import (
    AF_INET,
    SOCK_STREAM,  # the TCP one
    SOL_SOCKET,
)
print(AF_INET, SOCK_STREAM, SOL_SOCKET)
