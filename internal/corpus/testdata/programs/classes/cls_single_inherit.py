class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " makes a sound"
class Dog(Animal):
    def speak(self):
        return self.name + " barks"
class Cat(Animal):
    pass
for a in [Dog("Rex"), Cat("Tom")]:
    print(a.speak())
