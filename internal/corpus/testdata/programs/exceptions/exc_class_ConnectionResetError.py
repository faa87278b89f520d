try:
    raise ConnectionResetError("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(ConnectionResetError, BaseException), issubclass(ConnectionResetError, Exception), issubclass(ConnectionResetError, OSError), issubclass(ConnectionResetError, ConnectionError), issubclass(ConnectionResetError, LookupError), issubclass(ConnectionResetError, ArithmeticError), issubclass(ConnectionResetError, ValueError), issubclass(ConnectionResetError, RuntimeError), issubclass(ConnectionResetError, NameError), issubclass(ConnectionResetError, ImportError))
