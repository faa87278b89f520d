print(callable(len), callable(3), callable(lambda: 0))
