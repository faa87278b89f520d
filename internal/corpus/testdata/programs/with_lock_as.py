import threading

lock = threading.Lock()
with lock as got:
    print("got", got)
print(lock.locked())
