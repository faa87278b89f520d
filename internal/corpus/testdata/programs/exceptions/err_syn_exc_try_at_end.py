def f():
    try:
        pass
