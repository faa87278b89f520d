def todo():
    ...


def later():
    pass


print(todo(), later())
print(...)
