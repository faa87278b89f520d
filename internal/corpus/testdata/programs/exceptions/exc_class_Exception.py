try:
    raise Exception("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(Exception, BaseException), issubclass(Exception, Exception), issubclass(Exception, OSError), issubclass(Exception, ConnectionError), issubclass(Exception, LookupError), issubclass(Exception, ArithmeticError), issubclass(Exception, ValueError), issubclass(Exception, RuntimeError), issubclass(Exception, NameError), issubclass(Exception, ImportError))
