import threading
results = []
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.daemon = True
    def run(self):
        results.append(self.n * 2)
ws = [Worker(i) for i in range(3)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print(sorted(results), ws[0].daemon, isinstance(ws[0], threading.Thread), ws[0].is_alive())
class Plain(threading.Thread):
    pass
p = Plain(target=lambda: results.append("plain"))
p.start(); p.join()
print(results[-1])
