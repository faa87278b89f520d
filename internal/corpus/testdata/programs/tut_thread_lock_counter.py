import threading

counter = {"n": 0}
lock = threading.Lock()


def add(times):
    for _ in range(times):
        with lock:
            counter["n"] += 1


ts = [threading.Thread(target=add, args=(100,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter["n"])
