try:
    raise OverflowError("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(OverflowError, BaseException), issubclass(OverflowError, Exception), issubclass(OverflowError, OSError), issubclass(OverflowError, ConnectionError), issubclass(OverflowError, LookupError), issubclass(OverflowError, ArithmeticError), issubclass(OverflowError, ValueError), issubclass(OverflowError, RuntimeError), issubclass(OverflowError, NameError), issubclass(OverflowError, ImportError))
