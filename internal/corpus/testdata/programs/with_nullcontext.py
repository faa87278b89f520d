import contextlib

with contextlib.nullcontext(42) as v:
    print(v)
