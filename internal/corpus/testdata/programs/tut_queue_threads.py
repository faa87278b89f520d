import queue
import threading

jobs = queue.Queue()
results = queue.Queue()


def worker():
    while True:
        item = jobs.get()
        if item is None:
            break
        results.put(item * item)


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for n in range(10):
    jobs.put(n)
for _ in threads:
    jobs.put(None)
for t in threads:
    t.join()
out = []
while not results.empty():
    out.append(results.get())
print(sorted(out))
