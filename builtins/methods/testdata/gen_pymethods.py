#!/usr/bin/env python3
"""Generate pymethods.json: the str, list and dict methods netrepl adds to
Starlark's (str.ljust, rjust, center, zfill; list.sort, copy, count,
reverse; dict.copy), as CPython 3.11 evaluates them.

Run once from this directory with CPython 3.11:  python3 gen_pymethods.py
"""
import os
import sys

assert sys.version_info[:2] == (3, 11), "vectors are CPython 3.11's"

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "internal", "startest"))
from vectors import Vectors, lit  # noqa: E402

V = Vectors({})

for s in ["", "a", "ab", "abc", "héllo", "-42", "+7", "-", "x-1"]:
    for w in [-1, 0, 1, 2, 3, 4, 5, 6, 7, 10, True]:
        for m in ["ljust", "rjust", "center"]:
            V.case(V.call(lit(s) + "." + m, w))
            V.case(V.call(lit(s) + "." + m, w, "*"))
        V.case(V.call(lit(s) + ".zfill", w))
for m in ["ljust", "rjust", "center"]:
    for args in [(5, "ab"), (5, ""), (5, 1), ("5",), (), (5, "é")]:
        V.case(V.call("'x'." + m, *args))
V.case("'x'.zfill('5')")
V.case("'x'.zfill()")

for items in [[], [3, 1, 2], ["b", "A", "c"], [2, 1.5, True], [1, "a"], [(2, "x"), (1, "y"), (2, "a")]]:
    for kw in ["", "reverse=True", "key=len", "key=str", "key=lambda v: -v", "key=None, reverse=True"]:
        # A key's own error is the key function's: its type only.
        V.case("(lambda l: (l.sort(%s), l))(%s)" % (kw, lit(items)), loose="key=" in kw and "None" not in kw)
V.case("[3, 1].sort(1)")
for items in [[], [1, 2, 1, 1.0, True, "1"], [[1], [1]]]:
    for x in [1, "1", [1], None]:
        V.case("%s.count(%s)" % (lit(items), lit(x)))
    V.case("(lambda l: (l.reverse(), l))(%s)" % lit(items))
    V.case("(lambda l: (l.copy(), l.copy() == l, (l.copy() + [0]) != l))(%s)" % lit(items))
V.case("(lambda d: (sorted(d.copy().items()), d.copy() == d))({'a': 1, 'b': 2})")
V.case("{}.copy(1)", loose=True)

V.write("pymethods.json")
