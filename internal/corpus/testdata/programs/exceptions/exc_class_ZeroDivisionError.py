try:
    raise ZeroDivisionError("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(ZeroDivisionError, BaseException), issubclass(ZeroDivisionError, Exception), issubclass(ZeroDivisionError, OSError), issubclass(ZeroDivisionError, ConnectionError), issubclass(ZeroDivisionError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(ZeroDivisionError, ValueError), issubclass(ZeroDivisionError, RuntimeError), issubclass(ZeroDivisionError, NameError), issubclass(ZeroDivisionError, ImportError))
