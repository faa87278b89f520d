class Machine:
    def __init__(self):
        self.state = "idle"
        self.log = []
    def feed(self, ev):
        if self.state == "idle" and ev == "start":
            self.state = "running"
        elif self.state == "running" and ev == "stop":
            self.state = "idle"
        self.log.append((ev, self.state))
m = Machine()
for ev in ["start", "noop", "stop"]:
    m.feed(ev)
print(m.log)
