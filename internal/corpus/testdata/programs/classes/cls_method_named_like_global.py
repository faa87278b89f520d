def send(data):
    return "global send " + data
class Conn:
    def send(self, data):
        return "method: " + send(data)
print(Conn().send("hi"))
