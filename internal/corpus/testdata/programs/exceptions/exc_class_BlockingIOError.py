try:
    raise BlockingIOError("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(BlockingIOError, BaseException), issubclass(BlockingIOError, Exception), issubclass(BlockingIOError, OSError), issubclass(BlockingIOError, ConnectionError), issubclass(BlockingIOError, LookupError), issubclass(BlockingIOError, ArithmeticError), issubclass(BlockingIOError, ValueError), issubclass(BlockingIOError, RuntimeError), issubclass(BlockingIOError, NameError), issubclass(BlockingIOError, ImportError))
