import threading
lock = threading.Lock()
with lock:  # a comment with (brackets and "quotes
    print("inside")  # ) ]
print("outside")
