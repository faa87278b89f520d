#!/usr/bin/env python3
"""Generate fstrings.json: f-string expressions, as CPython 3.11 evaluates
them. netrepl's parser compiles f-strings to str.format calls
(internal/go.starlark.net/internal/compile/netrepl_python.go).

Run once from this directory with CPython 3.11:  python3 gen_fstrings.py

Each case is an f-string over literals (no names), read the same way by
Python and by netrepl; %r-style conversions of str are left out (netrepl
writes Starlark's double-quoted repr).
"""
import os
import sys

assert sys.version_info[:2] == (3, 11), "vectors are CPython 3.11's"

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "internal", "startest"))
from vectors import Vectors  # noqa: E402

V = Vectors({})
for expr in [
    'f""', 'f"plain"', 'f"{42}"', 'f"{42:>5}|"', 'f"{42:<5}|"', 'f"{42:^7}|"', 'f"{42:05d}"', 'f"{-42:+06d}"',
    'f"{255:#x} {255:X} {255:o} {5:b}"', 'f"{1234567:,}"', 'f"{1234567:_}"', 'f"{3.14159:.2f}"', 'f"{3.14159:10.3f}|"',
    'f"{0.25:.1%}"', 'f"{1e-5:.2e}"', 'f"{12345.678:g}"', 'f"{\'ab\':>5}|"', "f\"{'ab':*^8}\"", 'f"{\'abcdef\':.3}"',
    'f"{1 + 2}"', 'f"{1 + 2=}"', 'f"{1+2 = }"', 'f"{2 * 3=:>4}"', 'f"{7=!s}"', 'f"{[1, 2][0]}"', 'f"{(1, 2)}"',
    "f\"{ {'a': 1}['a'] }\"", 'f"{1 != 2}"', 'f"{1 == 1}"', 'f"{\'x\' if 1 else \'y\'}"', 'f"{{}}"', 'f"{{literal}}"',
    'f"{{{42}}}"', 'f"a{1}b{2}c{3}d"', 'f"{42!s}"', 'f"{42!r}"', 'f"{42:{5}}|"', 'f"{42:{\'>\'}{6}}|"',
    "f\"{3.14159:{'.'}{3}f}\"", 'rf"\\d{42}"', 'f"\\t{42}\\n"', 'F"{42}"', 'fr"{42}\\n"', 'Rf"{1}"',
    "f'{42}'", "f'''{42}'''", 'f"""{42}"""', "f'''a\n{42}\nb'''", 'f"{None}"', 'f"{True}"', 'f"{True:>6}|"',
    'f"{len(\'abc\')}"', 'f"{\'abc\'.upper()}"', 'f"{b\'ab\'.hex()}"', 'f"{-0.0:z.1f}"',
    'f"{1/3:.3}"', 'f"{10**3}"' if False else 'f"{1000:>{2 + 3}}|"', 'f"{\'%d\' % 5}"', 'f"{\'{}\'.format(7)}"',
    'f"{42:}"', 'f"{3:3}{4:3}"',
    # an f-string in an f-string (other quotes), and % after one
    "f\"{f'{7}'}\"", "f\"{f'{7:>3}':>6}|\"", 'f"%5s|{1}" % "a"', 'f"%d%%{2}" % 50',
    # errors the template reports
    'f"{42:d}{\'a\':d}"', 'f"{\'a\':=5}"', 'f"{1.5:d}"', 'f"{42:.2d}"',
]:
    V.case(expr)
V.case('f"{"a"}"', loose=True)  # SyntaxError: netrepl words it without "(<string>, line 1)"
V.write("fstrings.json")
