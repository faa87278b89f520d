try:
    raise RecursionError("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(RecursionError, BaseException), issubclass(RecursionError, Exception), issubclass(RecursionError, OSError), issubclass(RecursionError, ConnectionError), issubclass(RecursionError, LookupError), issubclass(RecursionError, ArithmeticError), issubclass(RecursionError, ValueError), issubclass(RecursionError, RuntimeError), issubclass(RecursionError, NameError), issubclass(RecursionError, ImportError))
