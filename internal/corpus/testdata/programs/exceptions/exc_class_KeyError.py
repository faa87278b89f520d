try:
    raise KeyError("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(KeyError, BaseException), issubclass(KeyError, Exception), issubclass(KeyError, OSError), issubclass(KeyError, ConnectionError), issubclass(KeyError, LookupError), issubclass(KeyError, ArithmeticError), issubclass(KeyError, ValueError), issubclass(KeyError, RuntimeError), issubclass(KeyError, NameError), issubclass(KeyError, ImportError))
