def f():
    try:
        1 // 0
    finally:
        return "swallowed"
print(f())
