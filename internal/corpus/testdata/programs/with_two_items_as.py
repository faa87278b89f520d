import threading

a = threading.Lock()
b = threading.Lock()
with a as x, b as y:
    print(x, y)
