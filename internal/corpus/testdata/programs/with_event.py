import threading

done = threading.Event()
print(done.is_set())
done.set()
print(done.is_set())
print(done.wait(0.1))
