try:
    raise EOFError("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(EOFError, BaseException), issubclass(EOFError, Exception), issubclass(EOFError, OSError), issubclass(EOFError, ConnectionError), issubclass(EOFError, LookupError), issubclass(EOFError, ArithmeticError), issubclass(EOFError, ValueError), issubclass(EOFError, RuntimeError), issubclass(EOFError, NameError), issubclass(EOFError, ImportError))
