def f():
    try:
        return "body"
    finally:
        print("finally runs")
print(f())
