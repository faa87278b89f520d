try:
    raise ImportError("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(ImportError, BaseException), issubclass(ImportError, Exception), issubclass(ImportError, OSError), issubclass(ImportError, ConnectionError), issubclass(ImportError, LookupError), issubclass(ImportError, ArithmeticError), issubclass(ImportError, ValueError), issubclass(ImportError, RuntimeError), issubclass(ImportError, NameError), issubclass(ImportError, ImportError))
