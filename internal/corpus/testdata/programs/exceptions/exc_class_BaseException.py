try:
    raise BaseException("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(BaseException, BaseException), issubclass(BaseException, Exception), issubclass(BaseException, OSError), issubclass(BaseException, ConnectionError), issubclass(BaseException, LookupError), issubclass(BaseException, ArithmeticError), issubclass(BaseException, ValueError), issubclass(BaseException, RuntimeError), issubclass(BaseException, NameError), issubclass(BaseException, ImportError))
