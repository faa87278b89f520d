#!/usr/bin/env python3
"""Generate vectors.json: struct calls and what CPython 3.11 returns.

Run once from this directory with CPython 3.11 on linux/amd64:

    python3 gen_vectors.py

Every case is one expression that is both Python and Starlark (only
literals, calls and attribute access), so the Go test evaluates the very
text that CPython evaluated here. Results are encoded without loss (ints as
decimal strings, floats as their IEEE bits); errors as the exception's
Python name and message. "loose" errors are argument-count and keyword
mistakes, where netrepl keeps Starlark's wording: only the type is compared.
"""
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "vectors are CPython 3.11's"

# The shared harness (internal/startest/vectors.py): case, call, write.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "internal", "startest"))
from vectors import Vectors  # noqa: E402
assert struct.calcsize("P") == 8 and sys.byteorder == "little", "need linux/amd64"

PREFIXES = ["", "@", "=", "<", ">", "!"]
INT_CODES = "bBhHiIlLqQnNP"
NATIVE_ONLY = "nNP"
ALL_CODES = "xcbB?hHiIlLqQnNefdspP"


# What netrepl predeclares, as far as these expressions use it.
GLOBALS = {"struct": struct, "float": float, "list": list,
           "pack": struct.pack, "unpack": struct.unpack, "calcsize": struct.calcsize}
V = Vectors(GLOBALS)
case, call = V.case, V.call


# --- every code under every prefix ------------------------------------------

def int_range(prefix, code):
    size = struct.calcsize(prefix + code)
    if code in "bhilqn":
        return -(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1
    return 0, (1 << (8 * size)) - 1


NOT_INTS = [1.0, 0.5, "1", b"1", None, [1], (1,)]

for p in PREFIXES:
    for c in ALL_CODES:
        case(call("struct.calcsize", p + c))
        case(call("struct.calcsize", p + "3" + c))
        case(call("struct.calcsize", p + "0" + c))
    for c in INT_CODES:
        fmt = p + c
        if p not in ("", "@") and c in NATIVE_ONLY:
            case(call("struct.pack", fmt, 1))
            case(call("struct.unpack", fmt, bytes(8)))
            continue
        lo, hi = int_range(p, c)
        size = struct.calcsize(fmt)
        for v in sorted({lo, hi, lo - 1, hi + 1, 0, 1, -1, 127, 128, 255, 256, -128, -129,
                         32767, 32768, 65535, 65536, -32768, -32769, 2**31 - 1, 2**31, -2**31, -2**31 - 1,
                         2**32 - 1, 2**32, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 - 1, 2**64, -2**64,
                         2**100, -2**100, 0x7aaa5555, True, False}, key=lambda v: (int(v), type(v) is bool)):
            case(call("struct.pack", fmt, v))
        for v in NOT_INTS:
            case(call("struct.pack", fmt, v))
        for pattern in (b"\x00", b"\xff", b"\x7f", b"\x80", b"\x01"):
            case(call("struct.unpack", fmt, pattern * size))
        case(call("struct.unpack", fmt, (b"\x01\x02\x03\x04\x05\x06\x07\x08")[:size]))
        case(call("struct.unpack", fmt, (b"\x81\x82\x83\x84\x85\x86\x87\x88")[:size]))
        case(call("struct.unpack", fmt, bytes(size + 1)))
        case(call("struct.unpack", fmt, bytes(size - 1)))
        case(call("struct.pack", p + "3" + c, 1, 2, 3))
        case(call("struct.pack", p + "3" + c, 1, 2))
        case(call("struct.unpack", p + "3" + c, bytes(range(1, 3 * size + 1))))


FLOATS = [0.0, -0.0, 1.0, -1.0, 1.5, 0.1, -0.1, 1 / 3, 2.0 / 3, 100.0, 1e10, 1e-10,
          float("inf"), float("-inf"), float("nan"), -float("nan"),
          # half: max, its rounding edge, overflow, smallest normal/subnormal and halfway points
          65504.0, 65519.99, 65520.0, 65536.0, 6.103515625e-05, 6.097555160522461e-05,
          5.960464477539063e-08, 2.9802322387695312e-08, 2.980232238769532e-08, 2.9802322387695309e-08,
          8.940696716308594e-08, 1.0009765625, 1.00048828125, 1.00146484375, 2049.0, 2051.0, -65504.0, -65520.0,
          # float: max, rounding edge, overflow, subnormals
          3.4028234663852886e+38, 3.4028235677973366e+38, 3.4028235677973362e+38, 3.402823669209385e+38,
          1e39, -1e39, 1.401298464324817e-45, 7.006492321624085e-46, 7.006492321624087e-46, 1e-40, 1.1754942106924411e-38,
          1.1754943508222875e-38, 16777217.0, 16777219.0,
          # double: extremes and subnormals
          1.7976931348623157e+308, -1.7976931348623157e+308, 5e-324, -5e-324, 2.2250738585072014e-308,
          2.225073858507201e-308, 1e-310, 1e300, -1e300]
FLOAT_LIKE = [0, 1, -1, 3, 2**53 + 1, 10**20, 10**300, 10**400, 2**1024 - 2**970, 2**1024 - 2**970 - 1,
              2**1024 - 2**971, -(2**1024 - 2**970), True, False, 65520, 100000, 2**128, 2**127]
NOT_FLOATS = ["1", "", b"1", None, [1.0], (1.0,)]

for p in PREFIXES:
    for c in "efd":
        fmt = p + c
        size = struct.calcsize(fmt)
        for v in FLOATS + FLOAT_LIKE + NOT_FLOATS:
            case(call("struct.pack", fmt, v))
        for v in FLOATS:
            try:
                raw = struct.pack(fmt, v)
            except (OverflowError, struct.error):
                continue
            case(call("struct.unpack", fmt, raw))
        # Bit patterns: zeros, ones, inf, nan (quiet, signalling, payloads), subnormals, max.
        patterns = {
            2: [0x0000, 0x8000, 0x0001, 0x8001, 0x03ff, 0x0400, 0x3c00, 0x3c01, 0x7bff, 0xfbff, 0x7c00, 0xfc00,
                0x7c01, 0x7e00, 0xfe00, 0x7fff, 0xffff, 0x3555, 0xc000],
            4: [0x00000000, 0x80000000, 0x00000001, 0x80000001, 0x007fffff, 0x00800000, 0x3f800000, 0x7f7fffff,
                0xff7fffff, 0x7f800000, 0xff800000, 0x7f800001, 0x7fc00000, 0xffc00000, 0x7fc00001, 0x7fffffff,
                0xffffffff, 0x3eaaaaab, 0x4b800001],
            8: [0, 0x8000000000000000, 1, 0x8000000000000001, 0x000fffffffffffff, 0x0010000000000000,
                0x3ff0000000000000, 0x7fefffffffffffff, 0xffefffffffffffff, 0x7ff0000000000000, 0xfff0000000000000,
                0x7ff0000000000001, 0x7ff8000000000000, 0xfff8000000000000, 0x7ff8000000000001, 0x7fffffffffffffff,
                0xffffffffffffffff, 0x3fd5555555555555],
        }[size]
        for bits in patterns:
            raw = bits.to_bytes(size, "big" if p in (">", "!") else "little")
            case(call("struct.unpack", fmt, raw))
        case(call("struct.unpack", p + "2" + c, bytes(range(2 * size))))
        case(call("struct.pack", p + "2" + c, 1.5, -2.25))
        case(call("struct.pack", p + "2" + c, 1.5))

for p in PREFIXES:
    # ? takes any value by its truth.
    for v in [0, 1, 2, -1, 2**100, 0.0, -0.0, 0.5, float("nan"), "", "a", b"", b"\x00", [], [0], (), None, True, False]:
        case(call("struct.pack", p + "?", v))
    for raw in [b"\x00", b"\x01", b"\x02", b"\x80", b"\xff"]:
        case(call("struct.unpack", p + "?", raw))
    # c takes a one-byte bytes.
    for v in [b"a", b"\x00", b"\xff", b"", b"ab", "a", 97, None, [b"a"]]:
        case(call("struct.pack", p + "c", v))
    case(call("struct.pack", p + "3c", b"a", b"b", b"c"))
    case(call("struct.unpack", p + "3c", b"a\x00\xff"))
    # s and p pad and truncate.
    for n in [0, 1, 2, 3, 5, 255, 256, 257, 300]:
        for data in [b"", b"a", b"abc", b"abcde", b"x" * 255, b"y" * 256, b"z" * 400]:
            for code in "sp":
                if n < 20 or p in ("", "<"):
                    case(call("struct.pack", p + str(n) + code, data))
    for code in "sp":
        for v in ["abc", 1, None, [b"a"], 97]:
            case(call("struct.pack", p + "3" + code, v))
        for raw in [b"", b"\x00", b"\x03abc", b"\x05abc", b"\xffabc", b"\x02ab\x00"]:
            case(call("struct.unpack", p + str(len(raw)) + code, raw))
    case(call("struct.unpack", p + "p", b"\x05"))
    case(call("struct.unpack", p + "0p", b""))
    case(call("struct.unpack", p + "0s", b""))
    case(call("struct.pack", p + "0p", b"abc"))
    case(call("struct.pack", p + "0p2x", b""))
    case(call("struct.pack", p + "0pB", b"", 7))
    case(call("struct.pack", p + "0p0s", b"", b""))
    case(call("struct.pack", p + "0s", b"abc"))
    case(call("struct.pack", p + "3s2p", b"abcdef", b"gh"))
    # x is padding: no value.
    case(call("struct.pack", p + "x"))
    case(call("struct.pack", p + "3x"))
    case(call("struct.pack", p + "x", 1))
    case(call("struct.unpack", p + "3x", b"abc"))
    case(call("struct.pack", p + "bxh", 1, 2))
    case(call("struct.unpack", p + "bxh", b"\x01\xff\x02\x00"))
    case(call("struct.unpack", p + "xcx", b"abc"))

# --- padding and alignment (native only) and their absence elsewhere ---------

ALIGN_FMTS = ["bh", "bi", "bl", "bq", "bn", "bP", "be", "bf", "bd", "b?", "hi", "ci", "cq", "i0q", "b0l", "llh0l",
              "3sI", "b 2x h", "hbhbh", "bQb", "cNc", "5p d", "?e?f?d", "x i", "2xq", "hq0h", "b0s h", "b0p h",
              "c3x i", "ib", "qbqb", "e b e", "0q", "b0q", "7b0i", "s0d"]
for p in PREFIXES:
    for f in ALIGN_FMTS:
        if p not in ("", "@") and any(c in f for c in NATIVE_ONLY):
            continue
        fmt = p + f
        case(call("struct.calcsize", fmt))
        n = struct.calcsize(fmt)
        case(call("struct.unpack", fmt, bytes(range(1, n + 1))))
for p in ["", "@", "<", ">"]:
    case(call("struct.pack", p + "bhiq", 1, 2, 3, 4))
    case(call("struct.pack", p + "cidcP", b"a", -5, 2.5, b"z", 99) if p in ("", "@") else call("struct.pack", p + "cidc", b"a", -5, 2.5, b"z"))
    case(call("struct.pack", p + "? h ? i ? q", True, 1, False, 2, True, 3))
    case(call("struct.pack", p + "3s i 5p e", b"ab", 7, b"hello", 0.5))

# --- format strings: whitespace, prefixes, counts, bad chars ----------------

FORMATS = ["", " ", "  i", "i  ", "\ti\n", "\x0bi\x0c", "\ri", "2 i", " <i", "< i", "<", "!", "=", "@", ">",
           "<>i", "<<i", "i<", "@@", "3", "33", "i3", "10", "0", "00i", "010i", "3 ", "z", "I5", "Z", "y", "j",
           "u", "w", "?x?", "-1i", "+1i", "1.5i", "\x00", "i\x00", "\x00i", "i\x00i", "ii ii", "i" * 50,
           "99999999999999999999i", "9223372036854775807x", "9223372036854775808x", "9223372036854775807x1x",
           "9223372036854775807s", "4611686018427387904h", "4611686018427387903h", "4611686018427387903hb",
           "1152921504606846975q", "1152921504606846976q", "b1152921504606846975q", "@b1152921504606846975q",
           "<b1152921504606846975q", "3h5", "1000000000000i", "!3sI", "ii\x00", "!n", "=N", "<P", ">n", "Pn"]
for f in FORMATS:
    case(call("struct.calcsize", f))
    case(call("struct.pack", f))
    case(call("struct.Struct", f) + ".size")
for b in [b"<i", b"", b"\xe9", b"i\x00", b"\xff\xfe", b"!HHI"]:
    case(call("struct.calcsize", b))
    case(call("struct.Struct", b) + ".format")
    case(call("struct.pack", b, 1))
for s in ["é", "ié", "éé", "aéb€c", "a\U0001F600", "<€€€i", "ü2"]:
    case(call("struct.calcsize", s))
    case(call("struct.pack", s, 1))
    case(call("struct.unpack", s, b""))
    case(call("struct.Struct", s))
for bad in [1, 1.5, None, ["i"], ("i",), True]:
    case(call("struct.calcsize", bad))
    case(call("struct.pack", bad))
    case(call("struct.unpack", bad, b""))
    case(call("struct.Struct", bad))
    case(call("struct.iter_unpack", bad, b""))
    case(call("struct.unpack_from", bad, b""))

# --- the functions ----------------------------------------------------------

for buf in ["abcd", 5, None, ["a"], 1.5]:
    case(call("struct.unpack", "i", buf))
    case(call("struct.unpack_from", "i", buf))
    case(call("struct.iter_unpack", "i", buf))
    case(call("struct.Struct", "i") + "." + call("unpack", buf))
data = bytes(range(1, 17))
for f in ["<i", ">h", "2s", "<iH", "", "x", "@q", "4x"]:
    for off in [0, 1, 2, 3, 4, 8, 12, 13, 15, 16, 17, 100, -1, -2, -4, -8, -16, -17, -100, True, False]:
        case(call("struct.unpack_from", f, data, off))
    case(call("struct.unpack_from", f, data))
    case(call("struct.unpack_from", f, buffer=data, offset=2))
    case(call("struct.unpack_from", f, data, offset=3))
    case(call("struct.Struct", f) + "." + call("unpack_from", data, 4))
    case(call("struct.Struct", f) + "." + call("unpack_from", data, offset=-4))
    case(call("struct.Struct", f) + "." + call("unpack_from", buffer=data))
for off in [1.0, "1", None, 2**63 - 1, 2**63, 2**70, -2**63, -2**63 - 1, [1]]:
    case(call("struct.unpack_from", "<i", data, off))
    case(call("struct.Struct", "<i") + "." + call("unpack_from", data, off))
for f, buf in [("<h", b""), ("<h", b"ab"), ("<h", b"abcd"), ("<h", b"abc"), ("<hb", b"abcdef"), ("<hb", b"abcd"),
               ("", b""), ("", b"ab"), ("x", b"abc"), ("0i", b""), ("3s", b"abcdefghi"), ("<?", b"\x00\x01\x02"),
               ("<e", b"\x00\x3c\x00\xbc"), ("!HHI", bytes(16)), ("!HHI", bytes(12))]:
    case("list(" + call("struct.iter_unpack", f, buf) + ")")
    case("list(" + call("struct.Struct", f) + "." + call("iter_unpack", buf) + ")")
    case(call("struct.unpack", f, buf))
# iter_unpack checks the struct's size before the buffer's type.
for f, buf in [("", "abc"), ("", b"abc"), ("", None), ("i", "abcd"), ("0pB", b"a"), ("0pB", b"")]:
    case("list(" + call("struct.iter_unpack", f, buf) + ")")
for f in ["i", "!HHI", "<3sI", b"<d", "", "  ", "0s", "@bq"]:
    case(call("struct.Struct", f) + ".size")
    case(call("struct.Struct", f) + ".format")
    case(call("struct.Struct", format=f) + ".format")
    case(call("struct.calcsize", f))
s_pack = call("struct.Struct", "!HHI") + ".pack"
for args in [(1, 2, 3), (1, 2), (1, 2, 3, 4), (), (65536, 2, 3), (1, -1, 3), (1, 2, 2**32), (1.0, 2, 3), ("1", 2, 3)]:
    case(call(s_pack, *args))
    case(call("struct.pack", "!HHI", *args))
    case(call("pack", "!HHI", *args))

# The notebook's cell and the DNS header it builds by hand.
case(call("struct.pack", "iii", 0x7aaa5555, 0x7aaa5555, 0x7aaa5555))
case(call("struct.unpack", "iii", b"UU\xaazUU\xaazUU\xaaz"))
case(call("struct.pack", "!HHHHHH", 0xaaaa, 0x0100, 1, 0, 0, 0))
case(call("struct.unpack", "!HHHHHH", b"\xaa\xaa\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00"))
case(call("struct.pack", "!HH", 1, 1))

# Argument-count and keyword mistakes: Starlark words these itself.
for expr in ["struct.pack()", "struct.unpack('i')", "struct.unpack()", "struct.unpack('i', b'abcd', 1)",
             "struct.calcsize()", "struct.calcsize('i', 'i')", "struct.pack('i', x=1)", "struct.Struct()",
             "struct.Struct('i', 'i')", "struct.iter_unpack('i')", "struct.unpack_from('i')",
             "struct.unpack_from('i', b'abcd', 0, 1)", "struct.Struct('i').unpack()",
             "struct.Struct('i').unpack(b'abcd', b'')", "struct.Struct('i').pack(x=1)",
             "struct.unpack_from('i', b'abcd', bogus=1)", "struct.Struct('i').iter_unpack()"]:
    case(expr, loose=True)

# --- random round trips: formats of several codes with in-range values ------

rnd = random.Random(4)
for _ in range(400):
    p = rnd.choice(PREFIXES)
    codes = [rnd.choice("xcbB?hHiIlLqQnNefdspP" if p in ("", "@") else "xcbB?hHiIlLqQefdsp") for _ in range(rnd.randrange(1, 6))]
    fmt, values = p, []
    for c in codes:
        n = rnd.choice([1, 1, 1, 2, 3])
        fmt += (str(n) if n > 1 else "") + c + rnd.choice(["", "", " "])
        if c == "x":
            continue
        if c in "sp":
            values.append(bytes(rnd.randrange(256) for _ in range(rnd.randrange(0, n + 3))))
            continue
        for _ in range(n):
            if c == "c":
                values.append(bytes([rnd.randrange(256)]))
            elif c == "?":
                values.append(rnd.choice([True, False, 0, 5]))
            elif c in "efd":
                lim = {"e": 60000, "f": 1e30, "d": 1e300}[c]
                values.append(rnd.choice([round(rnd.uniform(-lim, lim), 3), rnd.uniform(-1, 1), 0.0]))
            else:
                lo, hi = int_range(p, c)
                values.append(rnd.choice([lo, hi, rnd.randint(lo, hi), rnd.randint(lo, hi)]))
    case(call("struct.pack", fmt, *values))
    case(call("struct.calcsize", fmt))
    size = struct.calcsize(fmt)
    case(call("struct.unpack", fmt, bytes(rnd.randrange(256) for _ in range(size))))


def main():
    V.write("vectors.json")

if __name__ == "__main__":
    main()
