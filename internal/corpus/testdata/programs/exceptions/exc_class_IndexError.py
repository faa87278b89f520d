try:
    raise IndexError("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(IndexError, BaseException), issubclass(IndexError, Exception), issubclass(IndexError, OSError), issubclass(IndexError, ConnectionError), issubclass(IndexError, LookupError), issubclass(IndexError, ArithmeticError), issubclass(IndexError, ValueError), issubclass(IndexError, RuntimeError), issubclass(IndexError, NameError), issubclass(IndexError, ImportError))
