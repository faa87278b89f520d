"""Module docstring: a 'quote' and a (bracket."""


def f():
    '''Function docstring with "quotes".'''
    return 1


print(f())
