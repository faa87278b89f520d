import threading

lock = threading.Lock()
for i in range(5):
    with lock:
        if i == 1:
            continue
        if i == 3:
            break
        print("i =", i)
print("locked after loop:", lock.locked())
