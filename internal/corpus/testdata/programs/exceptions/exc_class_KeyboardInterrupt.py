try:
    raise KeyboardInterrupt("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(KeyboardInterrupt, BaseException), issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, OSError), issubclass(KeyboardInterrupt, ConnectionError), issubclass(KeyboardInterrupt, LookupError), issubclass(KeyboardInterrupt, ArithmeticError), issubclass(KeyboardInterrupt, ValueError), issubclass(KeyboardInterrupt, RuntimeError), issubclass(KeyboardInterrupt, NameError), issubclass(KeyboardInterrupt, ImportError))
