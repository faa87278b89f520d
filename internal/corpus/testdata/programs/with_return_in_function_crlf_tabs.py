import threading

lock = threading.Lock()


def guarded(x):
	with lock:
		if x > 0:
			return "positive"
		return "not positive"


print(guarded(3), guarded(-1), lock.locked())
