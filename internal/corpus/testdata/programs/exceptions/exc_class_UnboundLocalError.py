try:
    raise UnboundLocalError("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(UnboundLocalError, BaseException), issubclass(UnboundLocalError, Exception), issubclass(UnboundLocalError, OSError), issubclass(UnboundLocalError, ConnectionError), issubclass(UnboundLocalError, LookupError), issubclass(UnboundLocalError, ArithmeticError), issubclass(UnboundLocalError, ValueError), issubclass(UnboundLocalError, RuntimeError), issubclass(UnboundLocalError, NameError), issubclass(UnboundLocalError, ImportError))
