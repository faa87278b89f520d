def show(*args, **kwargs):
    print(len(args), args)
    for k in sorted(kwargs):
        print(k, kwargs[k])


show()
show(1, 2, a=1, b="x")
