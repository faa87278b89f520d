#!/usr/bin/env python3
"""Generate expressions.json: Python 3.11's expression syntax as CPython
evaluates it (**, is, chained comparisons, set displays, generator
expressions, call arguments in any order, starred items, numeric
underscores, u"", adjacent literals), for netrepl's parser and compiler
(internal/go.starlark.net, FileOptions.Python).

Run once from this directory with CPython 3.11:  python3 gen_expressions.py

Values that vectors cannot encode (sets, dicts, generators) are wrapped
in sorted(), list() or sum(). SyntaxErrors are loose (CPython's message
adds "(<string>, line 1)").
"""
import itertools
import os
import sys
import warnings

assert sys.version_info[:2] == (3, 11), "vectors are CPython 3.11's"

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "internal", "startest"))
from vectors import Vectors  # noqa: E402

warnings.simplefilter("ignore", SyntaxWarning)  # "is" with a literal

V = Vectors({})

# ** over ints, floats and bools, both signs
bases = ["0", "1", "2", "3", "10", "(-1)", "(-2)", "(-3)", "2.0", "0.5", "(-2.5)", "True", "False", "0.0"]
exps = ["0", "1", "2", "3", "10", "64", "100", "(-1)", "(-2)", "0.5", "2.0", "(-0.5)", "True"]
for b, e in itertools.product(bases, exps):
    if b.startswith("(-") and not e.strip("()-").isdigit() and e not in ("True",):
        continue  # a negative base to a fractional power is complex in CPython
    V.case("%s ** %s" % (b, e))
# precedence and associativity
for expr in [
    "-2 ** 2", "2 ** -1", "2 ** 3 ** 2", "-2 ** -2", "~2 ** 2", "+2 ** 2", "2 * 3 ** 2", "2 ** 2 * 3",
    "(2 ** 2) ** 3", "-(2) ** 2", "not 2 ** 0", "2 ** 3 % 5", "2 ** 3 // 3", "-3 ** 2 * 2", "2 ** 2 ** -1",
    "[1, 2][1] ** 3", "2 ** 100 - 1", "3 ** 40", "(-3) ** 41", "7 ** 0", "10 ** -3", "2 ** 0.5 ** 2",
    "2 ** 2 < 5", "1 + 2 ** 2 * 3", "2 ** -2 ** 2", "(1 + 1) ** 4", "pow(2, 10) == 2 ** 10",
    "0 ** 0", "0.0 ** 0", "1 ** 1000", "(-1) ** 1001", "2 ** 62", "2 ** 63", "2 ** 64", "(-2) ** 63",
]:
    V.case(expr)
for expr in [
    "0 ** -1", "0.0 ** -1", "0 ** -1.5", "0 ** (-2)", "2.0 ** 10000", "10.0 ** 400", "'a' ** 2",
    "2 ** 'a'", "None ** 2", "[1] ** 2", "2 ** None",
]:
    V.case(expr)

# is, is not
for expr in [
    "None is None", "None is not None", "not None is None", "1 is not None", "True is True",
    "True is not False", "True is 1", "0 is False", "None is False", "1 is 1", "1 is 1.0", "'a' is 'a'",
    "b'a' is b'a'", "() is ()", "[] is []", "[] is not []", "{} is {}", "len is len", "len is not str",
    "1 + 1 is 2", "not 1 is 2", "(None is None) is True", "[x is None for x in [None, 0]]",
    "None is None is None", "1 is not 2 is not 3",
]:
    V.case(expr)

# chained comparisons
ops = ["<", "<=", "==", "!=", ">", ">="]
for a, b, c in itertools.product("123", repeat=3):
    for o1, o2 in [("<", "<"), ("<=", "<"), ("==", "=="), ("<", ">"), ("!=", "!="), (">=", ">")]:
        V.case("%s %s %s %s %s" % (a, o1, b, o2, c))
for expr in [
    "1 < 2 < 3 < 4", "1 < 2 < 3 < 3", "4 > 3 > 2 > 1 > 0", "1 in [1] in [[1]]", "1 in [1] not in [[1]]",
    "1 < 2 not in [2]", "1 < 2 not in [3]", "(1 < 2) == True", "1 < 2 == True", "0 < 80 < 65536",
    "0 <= 70000 <= 65535", "'a' < 'b' < 'c'", "1 == 1.0 == 1", "[1] == [1] != [2]", "not 1 < 2 < 3",
    "1 < 2 > 1", "3 < 2 < 'a'", "2 ** 0.25", "2 ** 1.5", "3.0 ** -1.5", "1.1 ** 0.125", "7 ** -0.75", "None is None == True",
]:
    V.case(expr)

# set displays and comprehensions
for expr in [
    "sorted({3, 1, 2})", "len({1, 1, 2})", "sorted({x % 3 for x in range(10)})", "2 in {1, 2}",
    "3 not in {1, 2}", "{1, 2} == {2, 1}", "sorted({1, 2} | {3})", "sorted({1, 2, 3} & {2, 3, 4})",
    "sorted({(1, 2), (1, 2)})", "sorted({1,})", "len({x for x in [1, 1, 1]})", "sorted({*[1, 2], 3})",
    "sorted({*[1, 2], *(2, 3)})", "sorted({x * y for x in [1, 2] for y in [3, 4] if x < y})",
    "{*1}",
]:
    V.case(expr)
V.case("{[1]}", loose=True)  # Starlark words it: unhashable type: list

# generator expressions (netrepl: evaluated at once, as lists)
for expr in [
    "sum(x for x in range(5))", "', '.join(str(p) for p in [80, 443])", "any(x > 3 for x in [1, 5])",
    "all(x > 3 for x in [1, 5])", "max(x * 2 for x in [1, 5])", "min(x for x in [3, 1, 2])",
    "sorted((x for x in [3, 1, 2]), reverse=True)", "list(x for x in range(3))", "tuple(x + 1 for x in [1])",
    "list((x, y) for x in [1, 2] for y in [3] if x > 1)", "sum(x for x in [] if x)",
    "list(x if x else 0 for x in [None, 2])", "sorted(x for x in [2, 1])", "list((x for x in [1]))",
    "dict((k, 1) for k in ['a', 'b']) == {'a': 1, 'b': 1}", "sum((x for x in [1, 2]))",
    "len([y for y in (x for x in range(4))])",
]:
    V.case(expr)

# call arguments in any order Python allows
f = "(lambda *a, **k: (a, sorted(k.items())))"
for args in [
    "*[1, 2], k=1", "0, *[1, 2], 9", "*[1, 2], *(3,)", "*[1], *[2], **{'x': 1}, **{'y': 2}",
    "**{'x': 1}, y=2", "y=2, **{'x': 1}", "k=1, *[1, 2]", "0, *[1], 4, *(3,), k=1, **{'j': 2}, m=3",
    "1, 2, k=3", "*[]", "*range(3)", "**{}", "*(), **{}",
]:
    V.case("%s(%s)" % (f, args))
for expr in [
    "len(*1)", "len(**1)", "print(*[], **{'sep': 1}, sep=2)", "print(**{'sep': 1}, **{'sep': 2})",
    "print(sep=1, **{'sep': 2})", "print(**{1: 2})", "len(*[[1, 2]])", "len(*[[1]], *[])",
    "max(*[1, 5], 3)", "sorted(*[[3, 1]], reverse=True)", "str(*[1])",
]:
    V.case(expr)

# starred items in displays, ** in dict displays
for expr in [
    "[*[1, 2], 3]", "[0, *[1, 2], *(3,)]", "[*[1, 2]]", "[*(), *[]]", "(*[1, 2], 3)", "(*[1, 2],)",
    "[*range(3)]", "[*{'k': 1}]", "sorted({**{'a': 1}, 'b': 2}.items())", "sorted({'a': 0, **{'a': 1}}.items())",
    "sorted({**{'a': 1}, 'a': 3}.items())", "sorted({'a': 1, 'a': 2}.items())", "len({'x': 1, 'x': 1})",
    "[*1]", "(*1,)", "{**1}", "{**[1]}",
]:
    V.case(expr)

# literals: underscores, prefixes, adjacent strings, ...
for expr in [
    "1_000_000", "0x_FF", "0xdead_beef", "0b1010_1010", "0o_7_7", "1_0.5e1_0", "1_000.000_1", ".5_5",
    "1e1_0", "0_0", "00", "09.5", "1.", "1.e2", "1E+2", "123_456_789_012_345_678_901", "0X1F", "0B11",
    "0O17", "1if True else 2", "1e400", "0xFFFFFFFFFFFFFFFFFF",
    "u'x'", "U'y'", "R'\\d'", "B'ab'", "Rb'\\x'", "bR'\\x'", "BR'\\x'", "'a' 'b'", "'a' \"b\" '''c'''",
    "u'a' 'b' U'c'", "b'a' b'b'", "b'a' rb'\\x' B'c'", "('a'\n 'b')", "len('ab' 'cd')", "'a' 'b' * 2",
    "['x' 'y', 'z']", "... is Ellipsis", "str(...)",
]:
    V.case(expr)
for expr in [
    "1_", "1__0", "1_.5", "1._5", "1e_5", "1e5_", "1.5_", "123abc", "0x_", "0x", "0xfg", "0b1_", "0b12",
    "0o8", "0_7", "09", "b'a' 'b'", "'a' b'b'", "f(x for x in [1], 2)", "f(1, x for x in [1])",
    "f(a=1, 2)", "f(**k, 2)", "f(**k, *a)", "f(a=1, a=2)", "f(*a, k=1, c)", "(*[1])", "[*a for a in [[1]]]",
    "{**a for a in [{}]}",
]:
    V.case(expr, loose=True)
# escapes as CPython reads them
for expr in [
    r"'\d'", r"'a\.b'", r"'\q'", r"'\8'", r"'\xe9'", r"'caf\xe9'.encode()", r"'\400'", r"'\101\0'",
    r"'\u00e9\U0001F600'", r"b'\u00e9'", r"b'\d'", r"b'\400'", r"b'\xff\0'", r"'\a\b\f\n\r\t\v'",
    r"r'\d\n'", r"rb'\xff'", r"'\'\"'", "'''a\\\nb'''", r"r'a\'b'", r"r'\\'",
]:
    V.case(expr)
# (netrepl has no \N{name} escapes, and no lone surrogates in str)
for expr in ["b'\xe9'", r"'\x4'"]:
    V.case(expr, loose=True)
V.write("expressions.json")
