import threading
l1 = threading.Lock()
l2 = threading.Lock()
with (l1, l2):
    print(l1.locked() and l2.locked())
