try:
    raise PermissionError("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(PermissionError, BaseException), issubclass(PermissionError, Exception), issubclass(PermissionError, OSError), issubclass(PermissionError, ConnectionError), issubclass(PermissionError, LookupError), issubclass(PermissionError, ArithmeticError), issubclass(PermissionError, ValueError), issubclass(PermissionError, RuntimeError), issubclass(PermissionError, NameError), issubclass(PermissionError, ImportError))
