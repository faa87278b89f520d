import socket,
