import queue
q = queue.Queue(maxsize=1)
q.put(1)
try:
    q.put_nowait(2)
except queue.Full:
    print("full")
