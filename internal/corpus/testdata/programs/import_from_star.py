from socket import *
print(AF_INET, SOCK_DGRAM)
print(htons(1) == 256)
