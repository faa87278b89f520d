try:
    raise MemoryError("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(MemoryError, BaseException), issubclass(MemoryError, Exception), issubclass(MemoryError, OSError), issubclass(MemoryError, ConnectionError), issubclass(MemoryError, LookupError), issubclass(MemoryError, ArithmeticError), issubclass(MemoryError, ValueError), issubclass(MemoryError, RuntimeError), issubclass(MemoryError, NameError), issubclass(MemoryError, ImportError))
