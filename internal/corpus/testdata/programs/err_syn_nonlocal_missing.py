def f():
    def g():
        nonlocal nothing
        nothing = 1
    g()
