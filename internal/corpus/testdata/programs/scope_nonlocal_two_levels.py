def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = "changed"
        inner()

    middle()
    return x


print(outer())
