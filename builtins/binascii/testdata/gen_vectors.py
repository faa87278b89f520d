#!/usr/bin/env python3
"""Generate vectors.json: binascii calls and what CPython 3.11 returns.

Run once from this directory with CPython 3.11:  python3 gen_vectors.py

As for struct (../../structs/testdata/gen_vectors.py), every case is one
expression that is both Python and Starlark; results are encoded without
loss, errors as the exception's Python name and message; "loose" errors
(argument count, keywords) are compared by type only.
"""
import base64
import binascii
import os
import random
import sys

assert sys.version_info[:2] == (3, 11), "vectors are CPython 3.11's"

# The shared harness (internal/startest/vectors.py): case, call, write.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "internal", "startest"))
from vectors import Vectors  # noqa: E402


GLOBALS = {"binascii": binascii, "hexlify": binascii.hexlify, "unhexlify": binascii.unhexlify}
V = Vectors(GLOBALS)
case, call = V.case, V.call


rnd = random.Random(4)
DATA = [b"", b"\x00", b"a", b"ab", b"abc", b"abcd", b"abcde", b"abcdef", bytes(range(256)),
        b"hello world", b"\xff" * 7] + [bytes(rnd.randrange(256) for _ in range(rnd.randrange(1, 40))) for _ in range(20)]
NOT_BYTES = ["abc", "", 1, None, [1], 1.5, True]

# --- hexlify / b2a_hex ---------------------------------------------------------
SEPS = [":", b":", "-", b" ", "é", b"\xff", "\x00", "€", "", b"", "::", b"ab", 1, None, [1], ["a", "b"], (":",), 1.5]
for fn in ["binascii.hexlify", "binascii.b2a_hex", "hexlify"]:
    for d in DATA[:12]:
        case(call(fn, d))
    for d in NOT_BYTES:
        case(call(fn, d))
for d in DATA:
    for per in [1, 2, 3, 4, 7, 8, -1, -2, -3, -4, -7, 0, 255, 256, -256]:
        case(call("binascii.hexlify", d, ":", per))
for d in [b"", b"abcde"]:
    for sep in SEPS:
        case(call("binascii.hexlify", d, sep))
        case(call("binascii.b2a_hex", d, sep, 2))
        case(call("binascii.hexlify", d, sep=sep, bytes_per_sep=-2))
for per in [2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**70, 1.5, "1", None, True, False, [1]]:
    case(call("binascii.hexlify", b"abcde", ":", per))
    case(call("binascii.hexlify", b"abcde", bytes_per_sep=per))
    case(call("binascii.hexlify", "abcde", "::", per))
    case(call("binascii.hexlify", b"abcde", "::", per))

# --- unhexlify / a2b_hex --------------------------------------------------------
HEXES = ["", "00", "0", "000", "aa", "AA", "aA", "Aa", "ff", "FF", "0123456789abcdefABCDEF", "a b ", "zz", "0g",
         "g0", "1 ", " 1", "\n0", "0\n", "-1", "0x", "+1", "é", "éé", "aé", "\x00\x00", "1\x00", "aaaa0100",
         "AAAA01000001000000000000076578616d706c6503636f6d0000010001"]
for fn in ["binascii.unhexlify", "binascii.a2b_hex", "unhexlify"]:
    for h in HEXES:
        case(call(fn, h))
        if all(ord(c) < 128 for c in h):
            case(call(fn, h.encode()))
    for bad in [1, None, [1], 1.5, True, b"\xe9\xe9", b"\xff"]:
        case(call(fn, bad))
for i in range(256):
    case(call("binascii.unhexlify", bytes([i, 0x30])))
    case(call("binascii.unhexlify", bytes([0x30, i])))
for d in DATA:
    case(call("binascii.unhexlify", d.hex()))
    case(call("binascii.unhexlify", d.hex().upper().encode()))

# --- crc32 / crc_hqx ---------------------------------------------------------------
for d in DATA:
    for crc in [0, 1, 0xffffffff, 2**32, 2**32 + 5, -1, -2**40, 2**70, 2**70 + 3, -2**70 - 3, 0x12345678, True]:
        case(call("binascii.crc32", d, crc))
        case(call("binascii.crc_hqx", d, crc))
    case(call("binascii.crc32", d))
    case(call("binascii.crc_hqx", d, 0))
    case(call("binascii.crc_hqx", d, 0xffff))
    case(call("binascii.crc_hqx", d, 0x1ffff))
for bad in NOT_BYTES:
    case(call("binascii.crc32", bad))
    case(call("binascii.crc_hqx", bad, 0))
for bad in [1.5, "1", None, [1]]:
    case(call("binascii.crc32", b"abc", bad))
    case(call("binascii.crc_hqx", b"abc", bad))

# --- base64 --------------------------------------------------------------------------
for d in DATA:
    case(call("binascii.b2a_base64", d))
    case(call("binascii.b2a_base64", d, newline=False))
    case(call("binascii.b2a_base64", d, newline=0))
    case(call("binascii.b2a_base64", d, newline=7))
for nl in ["", None, 1.5, 2**40, -2**40, [1], True]:
    case(call("binascii.b2a_base64", b"ab", newline=nl))
for bad in NOT_BYTES:
    case(call("binascii.b2a_base64", bad))

B64 = ["", "aGVsbG8=", "aGVsbG8=\n", "aGVsbG8", "aGVsbG", "aGVsb", "aGVs", "a", "ab", "abc", "abcd", "abcde",
       "a=", "a==", "a===", "ab=", "ab==", "ab===", "abc=", "abc==", "abcd=", "abcd==", "=", "==", "===", "====",
       "=abcd", "aGVsbG8=extra", "aG!Vs", "aG=a=", "aG==a", "aGV=", "ab=c", "a=bc", "aGVs\n", " aGVs", "aGVs ",
       "aG Vs bG8=", "aGVs\r\nbG8=", "YWJj\nZGVm\n", "!!!!", "a!b!c!d", "ab=\n=", "ab\n==", "abc\n=", "ab==cd==",
       "abcd====", "ab=====", "aGVsbG8===", "Zg", "Zg=", "Zg==", "Zm8", "Zm8=", "Zm9v", "Zg=g", "Z===", "-_-_",
       "+/+/", "////", "AAAA", "A", "AA", "AAA", "é", "aéb", "\x00aGVs", "aGVs\x00"]
for s in B64:
    for strict in [None, False, True]:
        kw = {} if strict is None else {"strict_mode": strict}
        case(call("binascii.a2b_base64", s, **kw))
        if all(ord(c) < 128 for c in s):
            case(call("binascii.a2b_base64", s.encode(), **kw))
for raw in [b"\xff\xfeaGVs", b"aGVs\x80", b"\x80\x81\x82\x83"]:
    case(call("binascii.a2b_base64", raw))
    case(call("binascii.a2b_base64", raw, strict_mode=True))
for strict in [1, 0, 2**40, 1.5, "x", None, [1]]:
    case(call("binascii.a2b_base64", "aGVs", strict_mode=strict))
for bad in [1, None, [1], 1.5, True]:
    case(call("binascii.a2b_base64", bad))
for d in DATA:
    case(call("binascii.a2b_base64", base64.b64encode(d)))
    case(call("binascii.a2b_base64", base64.b64encode(d).decode(), strict_mode=True))
# Random strings over the alphabet, padding and junk: the lenient decoder's
# corners are easy to get wrong.
for _ in range(600):
    s = "".join(rnd.choice("AZaz09+/=== \n!") for _ in range(rnd.randrange(0, 14)))
    case(call("binascii.a2b_base64", s))
    case(call("binascii.a2b_base64", s, strict_mode=True))

# --- argument counts and keywords: Starlark's wording ------------------------------------
for expr in ["binascii.hexlify()", "binascii.hexlify(b'a', ':', 1, 2)", "binascii.unhexlify()",
             "binascii.unhexlify('aa', 'bb')", "binascii.crc32()", "binascii.crc32(b'', 0, 0)",
             "binascii.crc_hqx(b'')", "binascii.crc_hqx(b'', 0, 0)", "binascii.b2a_base64(b'', False)",
             "binascii.a2b_base64('', True)", "binascii.b2a_base64()", "binascii.a2b_base64()",
             "binascii.unhexlify(hexstr='aa')", "binascii.crc32(data=b'')", "binascii.hexlify(b'', bogus=1)",
             "binascii.a2b_base64('', bogus=1)"]:
    case(expr, loose=True)


def main():
    V.write("vectors.json")

if __name__ == "__main__":
    main()
