import threading

lock = threading.Lock()
totals = []
for n in range(3):
    with lock:
        total = 0
        for k in range(n + 1):
            total += k
        totals.append(total)
print(totals)
