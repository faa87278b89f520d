class Thing:
    pass
print(Thing)
print(type(Thing()))
print(Thing.__name__)
