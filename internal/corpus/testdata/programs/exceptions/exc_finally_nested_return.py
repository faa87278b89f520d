def f():
    log = []
    try:
        try:
            return log
        finally:
            log.append("inner")
    finally:
        log.append("outer")
print(f())
