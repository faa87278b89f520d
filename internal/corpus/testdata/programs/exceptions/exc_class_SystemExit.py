try:
    raise SystemExit("m")
except BaseException as e:
    print(type(e).__name__, repr(e), str(e), e.args)
print(issubclass(SystemExit, BaseException), issubclass(SystemExit, Exception), issubclass(SystemExit, OSError), issubclass(SystemExit, ConnectionError), issubclass(SystemExit, LookupError), issubclass(SystemExit, ArithmeticError), issubclass(SystemExit, ValueError), issubclass(SystemExit, RuntimeError), issubclass(SystemExit, NameError), issubclass(SystemExit, ImportError))
