import queue

q = queue.Queue()
for i in range(3):
    q.put(i * i)
print(q.qsize())
while not q.empty():
    print(q.get())
