import threading

a = threading.Lock()
b = threading.Lock()
with a, b:
    print(a.locked(), b.locked())
print(a.locked(), b.locked())
