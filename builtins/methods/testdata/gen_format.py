#!/usr/bin/env python3
"""Generate format.json: str.format and its format-spec mini-language, as
CPython 3.11 evaluates them.

Run once from this directory with CPython 3.11:  python3 gen_format.py

As gen_vectors.py: each case is an expression both Python and Starlark
read the same way. netrepl's str and repr are Python's, so values with
no format spec, !r, !s and !a conversions and format() are compared too.
"""
import os
import sys

assert sys.version_info[:2] == (3, 11), "vectors are CPython 3.11's"

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "internal", "startest"))
from vectors import Vectors, lit  # noqa: E402

V = Vectors({})


def fmt(template, *args, **kwargs):
    V.case(V.call(lit(template) + ".format", *args, **kwargs))


INTS = [0, 1, -1, 42, -42, 255, 1234567, -1234567, 2**64, True, False]
FLOATS = [0.0, -0.0, 1.0, -1.5, 0.5, 2.5, 3.14159265358979, 1234567.891, 1e-5, 1.5e-7, 1e15, 1e16, 1.5e300, 123.0,
          100000.0, 0.1, 1/3, float("inf"), -float("inf"), float("nan")]
INT_SPECS = ["", "d", "5", "<5", ">5", "^5", "^6", "=5", "*^7", "0>5", "05", "+", "-", " ", "+5", "=+6", "x", "X", "#x",
             "#X", "o", "#o", "b", "#b", "08b", "#010x", ",", "_", "_x", "_b", ",d", "10,", "010,", "c", "e", ".2f", "%",
             "g", ".3", "n", "s", "z", "+#x", ",x", ".2d", "=", "<", "5.5", "f", "E", "G", ".1%"]
FLOAT_SPECS = ["", "f", ".2f", ".0f", "#.0f", "10.3f", "<10.3f", "^10.3f", "=+10.3f", "010.3f", "+f", " f", "e", ".3e",
               "E", "g", ".3g", "#g", "G", ".10g", "%", ".1%", ",", ",.2f", "_.1f", "15,.2f", "015,.2f", ".3", ".0",
               "10", "<10", "z.1f", "zf", "d", "x", "n", "s", "F", ".1F", "#", "#.3"]
STR_SPECS = ["", "s", "5", "<5", ">5", "^5", "^6", "*<6", ".2", "5.2", "d", "+", "#", "=5", ",", "05", "x", "z", ">05"]
STRS = ["", "a", "abc", "héllo", "日本"]

for spec in INT_SPECS:
    for x in INTS:
        fmt("{:%s}" % spec, x)
for spec in FLOAT_SPECS:
    for x in FLOATS:
        fmt("{:%s}" % spec, x)
for spec in STR_SPECS:
    for x in STRS:
        fmt("{:%s}" % spec, x)
for spec in ["", "5", "<6", "s", "d"]:
    for x in [None, [1, 2], (1,)]:
        fmt("{:%s}" % spec, x)

# Fields, conversions, escapes and errors of the template.
for template, args, kwargs in [
    ("{} {}", (1, 2), {}), ("{0} {1} {0}", ("a", "b"), {}), ("{1}", ("a",), {}), ("{}", (), {}), ("{} {}", (1,), {}),
    ("{0} {}", (1, 2), {}), ("{} {0}", (1, 2), {}), ("{name}", (), {"name": "x"}), ("{name}", (), {}),
    ("{name:>5}|", (), {"name": "x"}), ("{0!r}", (1,), {}), ("{0!s}", (1,), {}), ("{0!a}", (1,), {}), ("{0!x}", (1,), {}),
    ("{0!}", (1,), {}), ("{!r:>5}", (1,), {}), ("{{}}", (), {}), ("{{{}}}", (1,), {}), ("}", (), {}), ("{", (), {}),
    ("a}b", (), {}), ("a{b", (), {}), ("{0", (1,), {}), ("{0:", (1,), {}), ("{:{}}", (1, 5), {}), ("{:>{}}|", ("a", 4), {}),
    ("{:{}.{}f}", (3.14159, 8, 2), {}), ("{0:{1}}", (1, 5), {}), ("{:{w}}", (1,), {"w": 4}), ("{0[1]}", ([1, 2],), {}),
    ("{0[a]}", ({"a": 5},), {}), ("{0[2]}", ([1, 2],), {}), ("{x[0]}", (), {"x": (7, 8)}), ("{:%}", (0.25,), {}),
    ("{:,}", (1234567890,), {}), ("{:_}", (1234567890,), {}), ("{:08.3f}", (-3.14159,), {}), ("{:>8}", ("ab",), {}),
    ("{:x<8}", ("ab",), {}), ("{:^8}", ("ab",), {}), ("{:#06x}", (255,), {}), ("{:>10}", ((1, 2),), {}),
    ("{:5}|{:<5}|{:^5}|{:>5}", (1, 2, 3, 4), {}), ("{0}{0}", ("ab",), {}), ("{!}", (1,), {}), ("{:;}", (1,), {}),
    ("{:10.3e}", (12345.6789,), {}), ("{0:d} {0:x} {0:o} {0:b}", (42,), {}), ("{a}{b}", (), {"a": 1, "b": 2}),
    ("{:{}{}}", (1, ">", 5), {}), ("{:5}", (None,), {}), ("{:s}", (None,), {}), ("{}", (None,), {}), ("{}", (True,), {}),
    ("{:d}", (True,), {}), ("{:>5}", (True,), {}), ("{:5}", (False,), {}), ("{:}", (1,), {}), ("{:}", ("a",), {}),
    ("{:.3}", ("abcdef",), {}), ("{:.3}", (1.0,), {}), ("{:.3}", (1234.5,), {}), ("{:.0}", (1.5,), {}), ("{:10}", (1.5,), {}),
    ("{:<10}|", (-2.25,), {}), ("{:+}", (1.5,), {}), ("{:,}", (1234.5,), {}), ("{:.2}", (0.0001234,), {}),
]:
    fmt(template, *args, **kwargs)

# Conversions and plain fields write Python's repr, str and ascii.
for x in ["it's", 'say "hi"', "h\u00e9", "\u2603", "tab\t\x00", ["a", ("b", b"c")], {"k": [None, 1.5]}, b"x'\xff",
          1e16, 1e-5, float("nan")]:
    for template in ["{}", "{!r}", "{!s}", "{!a}", "{!r:>14}|", "{!a:.4}"]:
        fmt(template, x)
# format(value, spec), the builtin.
for x, spec in [(255, "08b"), (3.14159, ".2f"), ("ab", ">5"), (1e16, ""), ("x", ""), ([1, "a"], ""), (255, "#x"),
                (1234567, ","), (0.5, "%"), (None, ""), (None, "s"), ("ab", "d"), (b"x", ""), (1.5, "")]:
    V.case(V.call("format", x, spec))
V.case(V.call("format", 42))

V.write("format.json")
