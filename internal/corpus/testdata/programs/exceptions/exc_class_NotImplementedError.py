try:
    raise NotImplementedError("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(NotImplementedError, BaseException), issubclass(NotImplementedError, Exception), issubclass(NotImplementedError, OSError), issubclass(NotImplementedError, ConnectionError), issubclass(NotImplementedError, LookupError), issubclass(NotImplementedError, ArithmeticError), issubclass(NotImplementedError, ValueError), issubclass(NotImplementedError, RuntimeError), issubclass(NotImplementedError, NameError), issubclass(NotImplementedError, ImportError))
