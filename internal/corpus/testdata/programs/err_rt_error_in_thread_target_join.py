import threading

out = []
t = threading.Thread(target=lambda: out.append(1))
t.start()
t.join()
print(out)
print(out[1])
