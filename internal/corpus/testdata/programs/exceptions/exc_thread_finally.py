import threading
log = []
def work(n):
    try:
        if n == 1:
            raise KeyError(n)
        log.append(("ok", n))
    except KeyError:
        log.append(("err", n))
    finally:
        log.append(("fin", n))
for n in range(3):
    t = threading.Thread(target=work, args=(n,))
    t.start(); t.join()
print(log)
