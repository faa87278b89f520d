try:
    raise ConnectionError("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(ConnectionError, BaseException), issubclass(ConnectionError, Exception), issubclass(ConnectionError, OSError), issubclass(ConnectionError, ConnectionError), issubclass(ConnectionError, LookupError), issubclass(ConnectionError, ArithmeticError), issubclass(ConnectionError, ValueError), issubclass(ConnectionError, RuntimeError), issubclass(ConnectionError, NameError), issubclass(ConnectionError, ImportError))
