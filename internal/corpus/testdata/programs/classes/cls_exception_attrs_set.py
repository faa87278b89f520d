class E(Exception):
    pass
e = E("m")
e.extra = 42
try:
    raise e
except E as got:
    print(got.extra, got is e)
