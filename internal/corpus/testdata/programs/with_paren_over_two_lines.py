import threading
lock = threading.Lock()
with (lock as
      held):
    print("held", held)
