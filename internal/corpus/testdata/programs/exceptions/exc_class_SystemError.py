try:
    raise SystemError("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(SystemError, BaseException), issubclass(SystemError, Exception), issubclass(SystemError, OSError), issubclass(SystemError, ConnectionError), issubclass(SystemError, LookupError), issubclass(SystemError, ArithmeticError), issubclass(SystemError, ValueError), issubclass(SystemError, RuntimeError), issubclass(SystemError, NameError), issubclass(SystemError, ImportError))
