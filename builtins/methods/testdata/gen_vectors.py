#!/usr/bin/env python3
"""Generate vectors.json: Python's bytes methods and str.encode, as
CPython 3.11 evaluates them.

Run once from this directory with CPython 3.11:  python3 gen_vectors.py

As for struct (../../structs/testdata/gen_vectors.py), every case is one
expression that is both Python and Starlark; results are encoded without
loss, errors as the exception's Python name and message; "loose" errors
(argument count, keywords) are compared by type only.
"""
import os
import random
import sys

assert sys.version_info[:2] == (3, 11), "vectors are CPython 3.11's"

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "internal", "startest"))
from vectors import Vectors, lit  # noqa: E402

V = Vectors({})
case, call = V.case, V.call


def m(recv, name, *args, **kwargs):
    """recv.name(args...): a method call as an expression."""
    return call("%s.%s" % (lit(recv), name), *args, **kwargs)


rnd = random.Random(7)
DATA = [b"", b"a", b"abc", b"hello world", b"  hello  world  ", b"a,b,,c", b"\r\n\tx y\x0b\x0cz\x1c ",
        b"GET / HTTP/1.0\r\nHost: example.com\r\n\r\nbody", b"\x00\xff\x80\x7f", bytes(range(256)),
        b"aaa", b"abcabcabc", b"AbC1 2xY", b"line1\nline2\r\nline3\rline4\n\n", b"123", b"abc123", b"  ",
        b"\xe2\x82\xac uro", b"caf\xc3\xa9"]
NOT_BYTES = ["abc", 1, None, [1], 1.5, True, ("a",)]
INDEXES = [None, 0, 1, 2, -1, -2, 3, 5, 100, -100, True, 2**70, -2**70, "1", 1.5]

# --- decode / str.encode -------------------------------------------------------
ENCODINGS = ["utf-8", "utf8", "UTF-8", "utf_8", "U8", "ascii", "ASCII", "us-ascii", "latin-1", "latin1",
             "iso-8859-1", "ISO8859-1", "l1", "nosuch", "", 1, None]
ERRORS = ["strict", "ignore", "replace", "backslashreplace", "nosuch", 1, None]
BAD_UTF8 = [b"\xff", b"\x80", b"\xc0\x80", b"\xc2", b"\xc2A", b"\xe2\x82", b"\xe2\x82A", b"\xe2(\xa1", b"\xe0\x80\x80",
            b"\xed\xa0\x80", b"\xf0\x90\x80", b"\xf0\x90\x80A", b"\xf4\x90\x80\x80", b"\xf5\x80\x80\x80",
            b"\xf0\x80\x80\x80", b"a\xffb\xfe", b"ok\xe2\x82", b"\xf0\x9f\x98\x80", b"\xf0\x9f\x98", b"\xc3\xa9\xff\xc3"]
for d in DATA + BAD_UTF8:
    case(m(d, "decode"))
    for enc in ["utf-8", "ascii", "latin-1"]:
        for err in ["strict", "ignore", "replace", "backslashreplace"]:
            case(m(d, "decode", enc, err))
for enc in ENCODINGS:
    case(m(b"abc", "decode", enc))
    case(m(b"\xff", "decode", enc))
    case(m(b"abc", "decode", encoding=enc))
for err in ERRORS:
    case(m(b"abc", "decode", "utf-8", err))
    case(m(b"a\xff", "decode", "utf-8", err))
    case(m(b"a\xff", "decode", errors=err))
    case(m(b"a\xff", "decode", "ascii", errors=err))
case(m(b"abc", "decode", "utf-8", "strict", 1), loose=True)
case(m(b"abc", "decode", foo=1), loose=True)

STRS = ["", "abc", "café", "€uro", "aé€😀b", "ééx", "a\x00b", "GET / HTTP/1.0\r\n\r\n", "\x7f", "ÿ", "Āx"]
for s in STRS:
    case(m(s, "encode"))
    for enc in ["utf-8", "ascii", "latin-1"]:
        for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
            case(m(s, "encode", enc, err))
for enc in ENCODINGS:
    case(m("abc", "encode", enc))
    case(m("é", "encode", encoding=enc))
for err in ERRORS:
    case(m("abc", "encode", "ascii", err))
    case(m("aéb", "encode", "ascii", errors=err))
case(m("abc", "encode", "utf-8", "strict", 1), loose=True)

# --- hex -------------------------------------------------------------------------
for d in DATA[:8]:
    case(m(d, "hex"))
    for sep in [":", b" ", "-"]:
        for per in [1, 2, 3, -2, 0]:
            case(m(d, "hex", sep, per))
for sep in ["", "::", "é", b"\xff", 1, None]:
    case(m(b"abc", "hex", sep))
case(m(b"abcdef", "hex", sep=":", bytes_per_sep=2))
case(m(b"abcdef", "hex", bytes_per_sep=2))

# --- find family -----------------------------------------------------------------
SUBS = [b"", b"a", b"b", b"abc", b"c", b"z", b"l", b"o w", b"\r\n", 97, 0, 255, 256, -1, "a", None, [97]]
for name in ["find", "rfind", "index", "rindex", "count"]:
    for d in [b"", b"abcabcabc", b"hello world", b"GET / HTTP/1.0\r\nHost: example.com\r\n\r\nbody", b"aaa"]:
        for sub in SUBS:
            case(m(d, name, sub))
    for start in INDEXES:
        case(m(b"abcabcabc", name, b"bc", start))
        for end in [None, 0, 4, -1, -4, 100, True]:
            case(m(b"abcabcabc", name, b"bc", start, end))
            case(m(b"abcabcabc", name, b"", start, end))
    case(m(b"abc", name), loose=True)
    case(m(b"abc", name, b"a", 0, 1, 2), loose=True)
    case(m(b"abc", name, sub=b"a"), loose=True)

# --- startswith / endswith ------------------------------------------------------
PREFIXES = [b"", b"a", b"ab", b"abc", b"abcd", b"b", b"c", (b"x", b"a"), (b"x", b"y"), (), "a", 97, None, (b"a", "b"), ("b", b"a"), [b"a"]]
for name in ["startswith", "endswith"]:
    for d in [b"", b"abc", b"GET / HTTP/1.0\r\n"]:
        for p in PREFIXES:
            case(m(d, name, p))
    for start in INDEXES:
        for end in [None, 2, -1, 100]:
            case(m(b"abcabc", name, b"bc", start, end))
            case(m(b"abcabc", name, b"", start, end))
    case(m(b"abc", name), loose=True)

# --- split family ------------------------------------------------------------------
SEPS = [None, b",", b" ", b"  ", b"\r\n", b"ab", b"", b"z", ",", 44]
for name in ["split", "rsplit"]:
    for d in DATA:
        case(m(d, name))
        for sep in SEPS:
            case(m(d, name, sep))
            for maxsplit in [0, 1, 2, -1, -5, 100]:
                case(m(d, name, sep, maxsplit))
    case(m(b"a b c", name, sep=b" ", maxsplit=1))
    case(m(b"a b c", name, maxsplit=1))
    case(m(b"a b c", name, None, "1"))
    case(m(b"a b c", name, None, 1.5))
    case(m(b"a b c", name, None, 2**70))
    case(m(b"a b c", name, foo=1), loose=True)
for d in DATA:
    case(m(d, "splitlines"))
    case(m(d, "splitlines", True))
    case(m(d, "splitlines", keepends=True))
    case(m(d, "splitlines", 0))
case(m(b"a\nb", "splitlines", "x"))
for name in ["partition", "rpartition"]:
    for d in DATA:
        for sep in [b",", b" ", b"\r\n", b"ab", b"", b"z", ",", None]:
            case(m(d, name, sep))

# --- strip family ------------------------------------------------------------------
for name in ["strip", "lstrip", "rstrip"]:
    for d in DATA:
        case(m(d, name))
        for chars in [None, b"", b" ", b"ab", b"a", b"\r\n", "a", 97]:
            case(m(d, name, chars))
for name in ["removeprefix", "removesuffix"]:
    for d in [b"", b"abc", b"abcabc"]:
        for p in [b"", b"a", b"abc", b"c", b"bc", b"x", "a", None]:
            case(m(d, name, p))

# --- replace, join ------------------------------------------------------------------
for d in DATA[:12]:
    for old, new in [(b"a", b"b"), (b"", b"-"), (b" ", b""), (b"\r\n", b"\n"), (b"abc", b"X"), (b"z", b"y")]:
        case(m(d, "replace", old, new))
        for count in [0, 1, 2, -1, 100]:
            case(m(d, "replace", old, new, count))
case(m(b"abc", "replace", "a", b"b"))
case(m(b"abc", "replace", b"a", "b"))
case(m(b"abc", "replace", b"a", b"b", "1"))
case(m(b"abc", "replace", b"a"), loose=True)
for sep in [b"", b",", b", ", b"\r\n"]:
    for items in [[], [b"a"], [b"a", b"b", b"c"], (b"x", b"y"), [b"a", "b"], ["a"], [1], [b"a", None], "ab", b"ab"]:
        case(m(sep, "join", items))
case(m(b",", "join", 1))

# --- case and classes --------------------------------------------------------------
for name in ["upper", "lower", "isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower"]:
    for d in DATA + [b"ABC", b"abc", b"\xc3\xa9", b"A1", b"a1", b"1", b" \t"]:
        case(m(d, name))
    case(m(b"abc", name, 1), loose=True)

# --- padding ---------------------------------------------------------------------------
for name in ["ljust", "rjust", "center"]:
    for d in [b"", b"a", b"ab", b"abc"]:
        for width in [-1, 0, 2, 3, 6, 7]:
            case(m(d, name, width))
            case(m(d, name, width, b"*"))
    for fill in [b"", b"**", "*", 42, None]:
        case(m(b"ab", name, 5, fill))
    case(m(b"ab", name, "5"))
    case(m(b"ab", name), loose=True)

# --- bytes() ------------------------------------------------------------------------
# (bytes(str) without an encoding is netrepl's UTF-8, not Python's TypeError: left out)
for args in [(), (0,), (3,), (True,), (False,), (-1,), (b"ab",), ([65, 66],), ([],), ([256],), ([-1],),
             ("hi", "utf-8"), ("é", "latin-1"), ("é", "ascii"), ("é", "ascii", "replace"), ("é", "utf-8", "ignore"),
             ("x", "nosuch"), (1, "utf-8"), (b"x", "utf-8"), ("x", 1), (None,), (1.5,)]:
    case(call("bytes", *args))
case(call("bytes", "é", encoding="latin-1"))
case(call("bytes", "é", errors="replace", encoding="ascii"))
case(call("bytes", 1, errors="strict"))

V.write("vectors.json")
