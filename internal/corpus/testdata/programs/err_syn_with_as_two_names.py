import threading
l = threading.Lock()
with l as x y:
    pass
