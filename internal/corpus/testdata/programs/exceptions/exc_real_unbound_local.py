def f():
    try:
        print(x)
    except UnboundLocalError:
        print("unbound")
    except NameError:
        print("name")
    x = 1
f()
