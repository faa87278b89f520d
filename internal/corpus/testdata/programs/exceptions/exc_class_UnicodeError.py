try:
    raise UnicodeError("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(UnicodeError, BaseException), issubclass(UnicodeError, Exception), issubclass(UnicodeError, OSError), issubclass(UnicodeError, ConnectionError), issubclass(UnicodeError, LookupError), issubclass(UnicodeError, ArithmeticError), issubclass(UnicodeError, ValueError), issubclass(UnicodeError, RuntimeError), issubclass(UnicodeError, NameError), issubclass(UnicodeError, ImportError))
