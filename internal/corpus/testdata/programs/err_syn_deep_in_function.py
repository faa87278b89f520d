def outer():
    def inner(xs):
        for x in xs:
            if x > 1:
                return x +* 2
    return inner


print(outer()([1, 2]))
