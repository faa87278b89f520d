try:
    raise ArithmeticError("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(ArithmeticError, BaseException), issubclass(ArithmeticError, Exception), issubclass(ArithmeticError, OSError), issubclass(ArithmeticError, ConnectionError), issubclass(ArithmeticError, LookupError), issubclass(ArithmeticError, ArithmeticError), issubclass(ArithmeticError, ValueError), issubclass(ArithmeticError, RuntimeError), issubclass(ArithmeticError, NameError), issubclass(ArithmeticError, ImportError))
