import threading

lock = threading.Lock()
with lock:
    print("crlf body")
    print(lock.locked())
print("end")
