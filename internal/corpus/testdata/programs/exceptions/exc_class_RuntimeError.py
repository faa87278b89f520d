try:
    raise RuntimeError("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(RuntimeError, BaseException), issubclass(RuntimeError, Exception), issubclass(RuntimeError, OSError), issubclass(RuntimeError, ConnectionError), issubclass(RuntimeError, LookupError), issubclass(RuntimeError, ArithmeticError), issubclass(RuntimeError, ValueError), issubclass(RuntimeError, RuntimeError), issubclass(RuntimeError, NameError), issubclass(RuntimeError, ImportError))
