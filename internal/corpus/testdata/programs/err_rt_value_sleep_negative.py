import time
time.sleep(0)
print("slept")
time.sleep(-1)
