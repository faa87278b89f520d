try:
    raise ModuleNotFoundError("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(ModuleNotFoundError, BaseException), issubclass(ModuleNotFoundError, Exception), issubclass(ModuleNotFoundError, OSError), issubclass(ModuleNotFoundError, ConnectionError), issubclass(ModuleNotFoundError, LookupError), issubclass(ModuleNotFoundError, ArithmeticError), issubclass(ModuleNotFoundError, ValueError), issubclass(ModuleNotFoundError, RuntimeError), issubclass(ModuleNotFoundError, NameError), issubclass(ModuleNotFoundError, ImportError))
