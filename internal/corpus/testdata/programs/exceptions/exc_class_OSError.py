try:
    raise OSError("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(OSError, BaseException), issubclass(OSError, Exception), issubclass(OSError, OSError), issubclass(OSError, ConnectionError), issubclass(OSError, LookupError), issubclass(OSError, ArithmeticError), issubclass(OSError, ValueError), issubclass(OSError, RuntimeError), issubclass(OSError, NameError), issubclass(OSError, ImportError))
