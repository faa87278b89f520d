import threading
lock = threading.Lock()
with lock: print("same line", lock.locked())
