def f(x):
    # leading comment
    if x:
# comment at column 0 inside a block
        return "yes"
        # trailing comment inside
    return "no"


print(f(1), f(0))
