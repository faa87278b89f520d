try:
    raise StopIteration("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(StopIteration, BaseException), issubclass(StopIteration, Exception), issubclass(StopIteration, OSError), issubclass(StopIteration, ConnectionError), issubclass(StopIteration, LookupError), issubclass(StopIteration, ArithmeticError), issubclass(StopIteration, ValueError), issubclass(StopIteration, RuntimeError), issubclass(StopIteration, NameError), issubclass(StopIteration, ImportError))
