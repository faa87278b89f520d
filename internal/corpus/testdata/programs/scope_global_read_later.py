def show():
    return limit * 2


limit = 21
print(show())
limit = 1
print(show())
