import threading
lock = threading.Lock()
flag = True
if flag: 
    with lock: print("one-liner body")
print("done")
