try:
    raise ValueError("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(ValueError, BaseException), issubclass(ValueError, Exception), issubclass(ValueError, OSError), issubclass(ValueError, ConnectionError), issubclass(ValueError, LookupError), issubclass(ValueError, ArithmeticError), issubclass(ValueError, ValueError), issubclass(ValueError, RuntimeError), issubclass(ValueError, NameError), issubclass(ValueError, ImportError))
