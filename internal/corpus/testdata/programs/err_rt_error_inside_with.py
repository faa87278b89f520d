import threading
lock = threading.Lock()
with lock:
    print("holding")
    x = {}["k"]
