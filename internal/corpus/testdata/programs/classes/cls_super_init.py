class Base:
    def __init__(self, name):
        self.name = name
        print("Base init", name)
class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
        print("Child init", age)
c = Child("x", 3)
print(c.name, c.age)
