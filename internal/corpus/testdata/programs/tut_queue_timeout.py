import queue

q = queue.Queue(maxsize=2)
q.put(1)
q.put(2)
print(q.full(), q.qsize())
print(q.get_nowait(), q.get(timeout=0.1))
print(q.empty())
