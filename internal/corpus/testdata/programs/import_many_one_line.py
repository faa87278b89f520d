import socket, struct, binascii, time, sys, threading, queue, socketserver, contextlib
print(struct.calcsize("!I"))
print(len(sys.argv))
print(queue.Queue().empty())
