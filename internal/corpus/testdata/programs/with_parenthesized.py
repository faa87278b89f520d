import threading

first = threading.Lock()
second = threading.Lock()
with (
    first as f,
    second as s,
):
    print("both", f, s, first.locked(), second.locked())
print("released", first.locked(), second.locked())
