try:
    raise LookupError("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(LookupError, BaseException), issubclass(LookupError, Exception), issubclass(LookupError, OSError), issubclass(LookupError, ConnectionError), issubclass(LookupError, LookupError), issubclass(LookupError, ArithmeticError), issubclass(LookupError, ValueError), issubclass(LookupError, RuntimeError), issubclass(LookupError, NameError), issubclass(LookupError, ImportError))
