try:
    raise AssertionError("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(AssertionError, BaseException), issubclass(AssertionError, Exception), issubclass(AssertionError, OSError), issubclass(AssertionError, ConnectionError), issubclass(AssertionError, LookupError), issubclass(AssertionError, ArithmeticError), issubclass(AssertionError, ValueError), issubclass(AssertionError, RuntimeError), issubclass(AssertionError, NameError), issubclass(AssertionError, ImportError))
