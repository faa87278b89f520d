try:
    raise FileNotFoundError("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(FileNotFoundError, BaseException), issubclass(FileNotFoundError, Exception), issubclass(FileNotFoundError, OSError), issubclass(FileNotFoundError, ConnectionError), issubclass(FileNotFoundError, LookupError), issubclass(FileNotFoundError, ArithmeticError), issubclass(FileNotFoundError, ValueError), issubclass(FileNotFoundError, RuntimeError), issubclass(FileNotFoundError, NameError), issubclass(FileNotFoundError, ImportError))
