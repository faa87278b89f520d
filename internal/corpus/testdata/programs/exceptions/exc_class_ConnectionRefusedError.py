try:
    raise ConnectionRefusedError("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(ConnectionRefusedError, BaseException), issubclass(ConnectionRefusedError, Exception), issubclass(ConnectionRefusedError, OSError), issubclass(ConnectionRefusedError, ConnectionError), issubclass(ConnectionRefusedError, LookupError), issubclass(ConnectionRefusedError, ArithmeticError), issubclass(ConnectionRefusedError, ValueError), issubclass(ConnectionRefusedError, RuntimeError), issubclass(ConnectionRefusedError, NameError), issubclass(ConnectionRefusedError, ImportError))
