for exc in [ValueError, KeyError, OSError, KeyboardInterrupt, SystemExit]:
    try:
        raise exc
    except BaseException as e:
        print(type(e).__name__, isinstance(e, Exception))
