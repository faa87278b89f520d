try:
    raise InterruptedError("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(InterruptedError, BaseException), issubclass(InterruptedError, Exception), issubclass(InterruptedError, OSError), issubclass(InterruptedError, ConnectionError), issubclass(InterruptedError, LookupError), issubclass(InterruptedError, ArithmeticError), issubclass(InterruptedError, ValueError), issubclass(InterruptedError, RuntimeError), issubclass(InterruptedError, NameError), issubclass(InterruptedError, ImportError))
