import threading

r = threading.RLock()
with r:
    with r:
        print("twice")
    print("once")
print("none")
