#!/usr/bin/env python3
"""Writes repr.json: CPython 3.11's repr, str and ascii of str, bytes and
float values, and its results (or errors) of int/float arithmetic, for
netrepl_repr_test.go. Run from this directory: python3 gen_repr.py"""

import json
import math
import random
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), sys.version

random.seed(10)

# str: every code point below U+0800, a sample of the rest, and mixes of
# quotes and escapes. Code points unassigned in CPython's Unicode (14.0)
# are left out: Go's tables are newer (a character assigned since is
# printable there).
points = list(range(0x800)) + list(range(0x800, 0x110000, 97)) + [
    0xA0, 0xAD, 0x2028, 0x2029, 0x200B, 0x200E, 0xFEFF, 0xE000, 0xF8FF,
    0xFFFD, 0x1F600, 0x1F1E6, 0xE0001, 0xF0000, 0x10FFFD, 0x3000]
strs = []
for c in sorted(set(points)):
    if 0xD800 <= c < 0xE000 or unicodedata.category(chr(c)) == "Cn":
        continue
    strs.append(chr(c))
strs += ["", "abc", "it's", 'say "hi"', "both ' and \"", "\\", "a\\'b",
         "h\u00e9", "caf\u00e9 \u2603 \U0001F600", "tab\there\nnew\rret",
         "\x00\x07\x1b\x7f\x80\x9f", "'", '"', "''\"", "\u00e9'",
         "GET / HTTP/1.1\r\nHost: x\r\n\r\n"]
str_vectors = [[s, repr(s), ascii(s)] for s in strs]

# bytes: every byte alone, and mixes.
byts = [bytes([b]) for b in range(256)] + [
    b"", b"it's", b'say "hi"', b"both ' and \"", b"\\", b"\x07example\xc0\x0c",
    b"GET / HTTP/1.1\r\n\r\n", bytes(range(256)), "h\u00e9".encode()]
bytes_vectors = [[b.hex(), repr(b), str(b)] for b in byts]

# float: edge cases, powers of ten, and random doubles of every size.
floats = [0.0, -0.0, 0.1, 0.2, 0.3, 1 / 3, 2.5, 1.0, -1.0, 100.0,
          123456789.123, 1.23456789123e8, 1e15, 1e16, 1e17, 9999999999999998.0,
          1e-4, 1e-5, 0.00012345, 1e22, 1e100, 1.5e300, 5e-324, 2.2250738585072014e-308,
          sys.float_info.max, -sys.float_info.max, math.inf, -math.inf, math.nan,
          3.14159, 1e308 * 10]
floats += [10.0 ** e for e in range(-20, 25)]
floats += [-(10.0 ** e) * 1.5 for e in range(-20, 25)]
for _ in range(300):
    floats.append(random.uniform(-1, 1) * 10.0 ** random.randint(-30, 30))
for _ in range(100):
    floats.append(float(random.randint(0, 2 ** 60)))
float_vectors = [[f.hex(), repr(f), str(f)] for f in floats]

# arithmetic on ints and floats: / // % and divmod-free forms.
operands = ["0", "1", "-1", "7", "-7", "2", "-2", "3", "10**400", "0.0", "-0.0",
            "1.0", "-1.0", "7.5", "-7.5", "2.0", "0.1", "1e308", "float('inf')",
            "float('-inf')", "float('nan')"]
arith = []
for a in operands:
    for b in operands:
        for op in ["/", "//", "%", "*", "+", "-"]:
            try:
                r = eval(a + " " + op + " " + b)
                out = repr(r)
            except Exception as e:
                out = "!" + type(e).__name__ + ": " + str(e)
            arith.append([a, op, b, out])

# float(): the text forms it reads.
float_strs = ["inf", "-inf", "+inf", "Infinity", "-infinity", "nan", "NaN", "-nan",
              "1e5", " 2.5 ", "1_000.5", "0x10", "", "abc", "1e400", "-1e400", ".5", "5.",
              "1__0", "_1", "1_", "1e1_0", "+-1", "--1", ".", "e5", "1e", "\t-3.5e-2\n", "1e-400",
              "infinit", "+nan", "1.5j"]
float_parse = []
for s in float_strs:
    try:
        out = repr(float(s))
    except Exception as e:
        out = "!" + type(e).__name__ + ": " + str(e)
    float_parse.append([s, out])

# One vector a line.
with open("repr.json", "w") as f:
    sections = [("str", str_vectors), ("bytes", bytes_vectors), ("float", float_vectors),
                ("arith", arith), ("float_parse", float_parse)]
    f.write("{\n")
    for i, (name, vectors) in enumerate(sections):
        f.write(json.dumps(name) + ": [\n")
        f.write(",\n".join(json.dumps(v) for v in vectors))
        f.write("\n]" + (",\n" if i < len(sections) - 1 else "\n"))
    f.write("}\n")
