import threading, queue
q = queue.Queue()
def work(x):
    try:
        q.put(10 // x)
    except ZeroDivisionError as e:
        q.put("error: " + type(e).__name__)
for x in [2, 0]:
    t = threading.Thread(target=work, args=(x,))
    t.start(); t.join()
print(q.get(), q.get())
