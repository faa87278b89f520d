def f(a, b, c=0, d=0):
    return (a, b, c, d)


args = (1, 2)
print(f(*args, d=4))
kw = {"c": 3}
print(f(*args, **kw))
print(f(1, *[2], c=5, **{"d": 6}))
