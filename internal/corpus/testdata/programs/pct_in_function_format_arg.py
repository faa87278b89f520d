def show(fmt, *values):
    return fmt % values


print(show("%s-%s", "a", "b"))
print(show("%03d", 7))
