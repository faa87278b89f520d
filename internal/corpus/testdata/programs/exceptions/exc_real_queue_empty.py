import queue
q = queue.Queue()
try:
    q.get_nowait()
except queue.Empty:
    print("empty")
