#!/usr/bin/env python3
"""Generate vectors.json: printf-style str formatting (format % args), as
CPython 3.11 evaluates it.

Run once from this directory with CPython 3.11:  python3 gen_vectors.py

Every case is one expression that is both Python and Starlark (a str
literal % an argument), as in ../../structs/testdata/gen_vectors.py.
Values whose str or repr differs between the two languages (str inside
containers, %r of a str) are left out: netrepl keeps Starlark's there.
"""
import os
import sys

assert sys.version_info[:2] == (3, 11), "vectors are CPython 3.11's"

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "internal", "startest"))
from vectors import Vectors, lit  # noqa: E402

V = Vectors({})


def case(fmt, arg):
    V.case("%s %% %s" % (lit(fmt), lit(arg) if not isinstance(arg, dict) else dict_lit(arg)))


def dict_lit(d):
    return "{" + ", ".join("%s: %s" % (lit(k), lit(v)) for k, v in d.items()) + "}"


INTS = [0, 1, -1, 7, 42, -42, 255, -255, 65535, 2**31, -2**31, 2**64 + 1, -2**70, True, False]
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 3.14159265358979, -2.71828, 1e-5, 1.23456e-5, 123456.789, 1e15, 1e16,
          1.5e300, 1e-300, 5e-324, 100000.0, 1000000.0, 0.0001, 0.00001, 9.9999995, 0.125, float("inf"), -float("inf"),
          float("nan")]
INT_SPECS = ["%d", "%i", "%u", "%5d", "%-5d", "%05d", "%+d", "% d", "%+5d", "%-+5d", "%+05d", "% 05d", "%.3d", "%8.3d",
             "%-8.3d", "%08.3d", "%x", "%X", "%o", "%#x", "%#X", "%#o", "%#8x", "%#08x", "%-#8x", "%+#x", "%.4x",
             "%#.4x", "%3d", "%1d", "%0d", "%ld", "%hd", "%Ld", "%#d", "%c"]
FLOAT_SPECS = ["%f", "%F", "%e", "%E", "%g", "%G", "%.0f", "%.1f", "%.2f", "%.10f", "%10.3f", "%-10.3f", "%010.3f",
               "%+.2f", "% .2f", "%#.0f", "%.0e", "%#.0e", "%.3e", "%12.4e", "%.0g", "%.1g", "%.3g", "%.10g", "%#g",
               "%#.3g", "%10g", "%-10g|", "%010g", "%+g", "%d", "%5d", "%x"]
STR_SPECS = ["%s", "%5s", "%-5s|", "%.2s", "%5.2s", "%-5.2s|", "%05s", "%c", "%d", "%f", "%x"]
STRS = ["", "a", "ab", "abcdef", "héllo", "日本語", "a b"]

for spec in INT_SPECS:
    for x in INTS:
        case(spec, x)
    case(spec, 3.7)
    case(spec, "a")
    case(spec, None)
for spec in FLOAT_SPECS:
    for x in FLOATS:
        case(spec, x)
    case(spec, 3)
    case(spec, 2**1100)
    case(spec, "a")
for spec in STR_SPECS:
    for x in STRS:
        case(spec, x)
for x in [None, True, 1, 1.5, -2.5, [1, 2], (1,), {1: 2}]:
    case("%s", x)
    case("%10s|", x)
    case("%-10s|", x)
for fmt, arg in [
    ("%s %s", (1, 2)), ("%s %s", (1,)), ("%s", (1, 2)), ("%s", ()), ("abc", ()), ("abc", 1), ("abc", (1,)),
    ("%d%%", 50), ("%%", ()), ("%5%", ()), ("%-5%|", ()), ("100%", ()), ("%", ()), ("%5", 1), ("%.", 1), ("%(a", {"a": 1}),
    ("%(a)s", {"a": 1}), ("%(a)s %(b)d", {"a": "x", "b": 2}), ("%(a)5s|%(a)-5s|", {"a": "x"}), ("%(a)s", {"b": 1}),
    ("%(a)s", (1,)), ("%(a)s %s", {"a": 1}), ("%s", {1: 2}), ("abc", {"a": 1}), ("%(a)s", {}), ("%((a))s", {"(a)": 1}),
    ("%*d", (5, 42)), ("%-*d|", (5, 42)), ("%*d", (-5, 42)), ("%.*f", (2, 3.14159)), ("%*.*f", (8, 2, 3.14159)),
    ("%.*f", (-1, 3.14159)), ("%*d", ("5", 42)), ("%*d", (5,)), ("%.*s", (2, "abcdef")), ("%*s", (1.5, "a")),
    ("%q", 1), ("%é", 1), ("ab%zcd", 1), ("%y", ()), ("%c", 65), ("%c", 0x1F600), ("%c", 0x110000), ("%c", -1),
    ("%c", "ab"), ("%c", ""), ("%c", "é"), ("%5c|", "x"), ("%-5c|", 97), ("%c", 1.5), ("%c", None),
    ("%s and %r", (1, 2)), ("%r", (1, 2)), ("%a", 1), ("%s", 10**30), ("%x", -255), ("%#o", 0), ("%#x", 0),
    ("%(n)d:%(n)x", {"n": 255}), ("%s-%s-%s", (1, 2, 3)), ("%d", 10**20), ("%.2f", 10**20), ("%e", 10**400),
    ("%5.1f%%", 99.44), ("[%-10s][%10s]", ("left", "right")), ("%-3d|%3d|", (1, 2)), ("%i", "1"), ("%s", ""),
    ("%10.4f", -0.0), ("%+.3e", -1234.5678), ("%g", 1e-4), ("%g", 1e-5), ("%g", 123456.0), ("%g", 1234567.0),
    ("%.2g", 0.0001234), ("%G", 1e-10), ("%#.2g", 1.0), ("%.0g", 0.5), ("%.3g", 9.9999), ("%#x", True),
]:
    case(fmt, arg)

V.write("vectors.json")
