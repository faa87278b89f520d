import threading
class Named(threading.Thread):
    def run(self):
        print("running in", self.name)
t = Named(name="worker-1")
t.start()
t.join()
print(t.name, t.is_alive())
