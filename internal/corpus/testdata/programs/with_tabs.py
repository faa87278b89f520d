import threading

lock = threading.Lock()
def work(n):
	with lock:
		if n:
			return n * 2
	return 0
print(work(4), work(0))
