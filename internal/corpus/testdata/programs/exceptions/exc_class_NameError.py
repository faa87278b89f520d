try:
    raise NameError("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(NameError, BaseException), issubclass(NameError, Exception), issubclass(NameError, OSError), issubclass(NameError, ConnectionError), issubclass(NameError, LookupError), issubclass(NameError, ArithmeticError), issubclass(NameError, ValueError), issubclass(NameError, RuntimeError), issubclass(NameError, NameError), issubclass(NameError, ImportError))
