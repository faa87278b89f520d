try:
    raise ConnectionAbortedError("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(ConnectionAbortedError, BaseException), issubclass(ConnectionAbortedError, Exception), issubclass(ConnectionAbortedError, OSError), issubclass(ConnectionAbortedError, ConnectionError), issubclass(ConnectionAbortedError, LookupError), issubclass(ConnectionAbortedError, ArithmeticError), issubclass(ConnectionAbortedError, ValueError), issubclass(ConnectionAbortedError, RuntimeError), issubclass(ConnectionAbortedError, NameError), issubclass(ConnectionAbortedError, ImportError))
