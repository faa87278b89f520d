try:
    raise AttributeError("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(AttributeError, BaseException), issubclass(AttributeError, Exception), issubclass(AttributeError, OSError), issubclass(AttributeError, ConnectionError), issubclass(AttributeError, LookupError), issubclass(AttributeError, ArithmeticError), issubclass(AttributeError, ValueError), issubclass(AttributeError, RuntimeError), issubclass(AttributeError, NameError), issubclass(AttributeError, ImportError))
