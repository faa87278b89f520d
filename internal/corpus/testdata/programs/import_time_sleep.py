import time
start = time.monotonic()
time.sleep(0.01)
print(time.monotonic() >= start)
print(type(time.time()).__name__)
