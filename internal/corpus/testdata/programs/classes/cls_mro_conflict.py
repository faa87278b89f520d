class X:
    pass
class Y(X):
    pass
print("start")
try:
    class Z(X, Y):
        pass
except TypeError as e:
    print(type(e).__name__, str(e).split()[0])
