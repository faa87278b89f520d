#!/usr/bin/env python3
"""Generate numeric.json: the numeric builtins netrepl adds to Starlark's
(round, hex, oct, bin, pow, divmod), as CPython 3.11 evaluates them.

Run once from this directory with CPython 3.11:  python3 gen_numeric.py
"""
import os
import sys

assert sys.version_info[:2] == (3, 11), "vectors are CPython 3.11's"

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "internal", "startest"))
from vectors import Vectors  # noqa: E402

V = Vectors({})
case, call = V.case, V.call

INTS = [0, 1, -1, 7, 255, -255, 65535, 2**31, 2**64 + 3, -2**70, True, False]
FLOATS = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 3.14159, 2.675, 1e16, 1e300, -1e-300, 123.456, 1234.5678, float("inf"), float("nan")]
for fn in ["hex", "oct", "bin"]:
    for x in INTS:
        case(call(fn, x))
    for x in [1.5, "a", None, [1]]:
        case(call(fn, x))
for x in INTS + FLOATS:
    case(call("round", x))
    for nd in [0, 1, 2, -1, -2, None]:
        case(call("round", x, nd))
for x in [2.675, 0.125, 0.375, 1.005, 2.5, 1234.5, 12345678901234567890.0, 5e-324]:
    for nd in [2, 3, 1, 0, -3, 400, -400]:
        case(call("round", x, nd))
for x in ["1", None, [1]]:
    case(call("round", x))
case(call("round", 1.5, 1.5))
case(call("round", 1.5, "1"))
for a, b in [(2, 8), (2, -1), (-2, 3), (2, 0), (0, 0), (2.0, 3), (2, 0.5), (10, 100), (0, -1), (1.5, 2), (True, 2)]:
    case(call("pow", a, b))
for a, b, m in [(2, 10, 1000), (3, -1, 7), (2, 3, 0), (2, 3, -5), (5, 0, 1), (2, 3.0, 5), (2, -1, 4), (7, 2, 2**70)]:
    case(call("pow", a, b, m))
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7, 0), (7.5, 2), (-7.5, 2), (7, 0.0), (2**70, 3), (True, 2), ("a", 1)]:
    case(call("divmod", a, b))
V.write("numeric.json")
