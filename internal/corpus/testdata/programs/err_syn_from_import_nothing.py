from socket import
