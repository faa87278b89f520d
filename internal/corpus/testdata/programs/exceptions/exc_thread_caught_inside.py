import threading
out = []
def work():
    try:
        raise ValueError("in thread")
    except ValueError as e:
        out.append(str(e))
t = threading.Thread(target=work)
t.start(); t.join()
print(out)
