try:
    raise TimeoutError("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(TimeoutError, BaseException), issubclass(TimeoutError, Exception), issubclass(TimeoutError, OSError), issubclass(TimeoutError, ConnectionError), issubclass(TimeoutError, LookupError), issubclass(TimeoutError, ArithmeticError), issubclass(TimeoutError, ValueError), issubclass(TimeoutError, RuntimeError), issubclass(TimeoutError, NameError), issubclass(TimeoutError, ImportError))
