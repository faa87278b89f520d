try:
    raise BrokenPipeError("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(BrokenPipeError, BaseException), issubclass(BrokenPipeError, Exception), issubclass(BrokenPipeError, OSError), issubclass(BrokenPipeError, ConnectionError), issubclass(BrokenPipeError, LookupError), issubclass(BrokenPipeError, ArithmeticError), issubclass(BrokenPipeError, ValueError), issubclass(BrokenPipeError, RuntimeError), issubclass(BrokenPipeError, NameError), issubclass(BrokenPipeError, ImportError))
