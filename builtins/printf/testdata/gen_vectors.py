#!/usr/bin/env python3
"""Generate vectors.json: printf-style str formatting (format % args), as
CPython 3.11 evaluates it.

Run once from this directory with CPython 3.11:  python3 gen_vectors.py

Every case is one expression that is both Python and Starlark (a str
or bytes literal % an argument, or a format held in a variable), as in
../../structs/testdata/gen_vectors.py. netrepl's repr is Python's, so
%r, %a and %s of anything are compared too.
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

# %r, %a and %s write values as Python's repr, str and ascii.
for x in ["it's", 'say "hi"', "both ' \"", "h\u00e9", "\u2603", "\U0001f600", "tab\t\x00", ["a", ("b", b"c")],
          {"k": [None, True, 1.5]}, b"x'\x00\xff", 1e16, 0.1, -0.0, float("inf"), ()]:
    for spec in ["%r", "%a", "%s", "%12r|", "%-12a|", "%.3r"]:
        case(spec, (x,))
# A format held in a variable is the same %.
for fmt, arg in [("%5d|", 42), ("%-8s|", "ab"), ("%.3f", 3.14159), ("%(a)s", {"a": 1}), ("%y", 1)]:
    V.case("(lambda f: f %% %s)(%s)" % (lit(arg) if not isinstance(arg, dict) else dict_lit(arg), lit(fmt)))
# bytes % args, CPython's rules: %s and %b take bytes, %r and %a ascii().
for fmt, arg in [
    (b"%d", 5), (b"%5d|", -42), (b"%x %o %X", (255, 8, 255)), (b"%.2f", 1.5), (b"%e", 12345.678), (b"%g", 0.0001),
    (b"%s", b"x"), (b"%b", b"x"), (b"%5s|", b"ab"), (b"%-5s|", b"ab"), (b"%.1s", b"ab"), (b"%s", "x"), (b"%s", 5),
    (b"%s", [1]), (b"%r", "h\u00e9"), (b"%a", b"x"), (b"%r", 1.5), (b"%c", 65), (b"%c", 255), (b"%c", 256), (b"%c", -1),
    (b"%c", b"a"), (b"%c", b"ab"), (b"%c", "a"), (b"%-4c|", 65), (b"%i", 3.7), (b"%y", 1), (b"%(k)s", {b"k": b"v"}),
    (b"%(k)s", {"k": b"v"}), (b"%s %s", (b"a",)), (b"%s", (b"a", b"b")), (b"%d%%", 50), (b"GET %s HTTP/1.0\r\n", b"/"),
    (b"\xff%d\x00", 7), (b"%05d", 42), (b"%+d", 3), (b"%#x", 255), (b"%*d", (4, 2)), (b"", ()), (b"abc", 1),
]:
    case(fmt, arg)

V.write("vectors.json")
