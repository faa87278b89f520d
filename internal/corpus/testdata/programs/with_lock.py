import threading

lock = threading.Lock()
count = 0
with lock:
    count += 1
    print("locked:", lock.locked())
print("after:", lock.locked(), count)
