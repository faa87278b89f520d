import threading

out = {}


def work(key, value=0):
    out[key] = value


t = threading.Thread(target=work, args=("a",), kwargs={"value": 5}, name="worker-1")
print(t.name)
t.start()
t.join()
print(out, t.is_alive())
