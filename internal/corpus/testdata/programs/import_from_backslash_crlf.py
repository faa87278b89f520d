from socket import AF_INET, \
    SOCK_DGRAM
print(AF_INET, SOCK_DGRAM)
