class Logged:
    def log(self, msg):
        self.lines.append(msg)
class Base:
    def __init__(self):
        self.lines = []
class Service(Base, Logged):
    def run(self):
        self.log("run")
        return self.lines
print(Service().run())
