class Greeter:
    def __init__(self, greeting="Hello"):
        self.greeting = greeting
    def greet(self, name, punct="!"):
        return "%s, %s%s" % (self.greeting, name, punct)
print(Greeter().greet("world"))
print(Greeter("Hi").greet("you", punct="?"))
print(Greeter(greeting="Yo").greet(*["there"]))
