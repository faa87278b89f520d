try:
    raise TypeError("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(TypeError, BaseException), issubclass(TypeError, Exception), issubclass(TypeError, OSError), issubclass(TypeError, ConnectionError), issubclass(TypeError, LookupError), issubclass(TypeError, ArithmeticError), issubclass(TypeError, ValueError), issubclass(TypeError, RuntimeError), issubclass(TypeError, NameError), issubclass(TypeError, ImportError))
