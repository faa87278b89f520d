#!/usr/bin/env python3
"""Generate bytes.json: Python's bytes as values (b[i] an int, iteration,
`in`, bytes(), bytes.fromhex, int.from_bytes, n.to_bytes, n.bit_length)
and bytearray, as CPython 3.11 evaluates them.

Run once from this directory with CPython 3.11:  python3 gen_bytes.py

A case is a chunk that is both Python and netrepl: its statements run,
then its last line is the expression whose value (or error) is recorded.
vectors_test.go runs each as a REPL chunk (startest.RunChunkVectors).
"""
import os
import struct
import binascii
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "internal", "startest"))
from vectors import Vectors, enc, exc_name, lit  # noqa: E402

GLOBALS = {"struct": struct, "hexlify": binascii.hexlify, "unhexlify": binascii.unhexlify}
V = Vectors(GLOBALS)


def block(src, loose=False):
    """src: statements, then an expression on the last line."""
    if src in V.seen:
        return
    V.seen.add(src)
    *stmts, last = src.split("\n")
    c = {"expr": src}
    g = dict(GLOBALS)
    try:
        exec("\n".join(stmts), g)
        c["want"] = enc(eval(last, g))
    except Exception as e:  # noqa: BLE001 - every exception is a vector
        c["error"] = {"type": exc_name(e), "message": str(e)}
        if loose:
            c["loose"] = True
    V.cases.append(c)


case, call = V.case, V.call


DATA = [b"", b"A", b"AB", b"\x00\x01GET\xff", bytes(range(0, 256, 17)), b"hello world"]

# --- b[i], b[i:j], iteration, in -------------------------------------------------
for d in DATA:
    for i in sorted(set([0, 1, 2, -1, -2, len(d), len(d) - 1, -len(d), -len(d) - 1, 100, -100])):
        case("%s[%d]" % (lit(d), i))
        case("bytearray(%s)[%d]" % (lit(d), i))
    for i, j in [(0, 1), (1, 3), (-2, None), (None, -1), (5, 2), (None, None)]:
        for k in [None, 1, 2, -1, -2]:
            sl = "%s:%s%s" % ("" if i is None else i, "" if j is None else j, "" if k is None else ":%d" % k)
            case("%s[%s]" % (lit(d), sl))
            case("bytearray(%s)[%s]" % (lit(d), sl))
    case("list(%s)" % lit(d))
    case("tuple(%s)" % lit(d))
    case("[x & 0x0f for x in %s]" % lit(d))
    case("sorted(%s)" % lit(d))
    case("list(bytearray(%s))" % lit(d))
    case("[x for x in bytearray(%s)]" % lit(d))
    case("len(bytearray(%s))" % lit(d))
    block("n = 0\nfor byte in %s:\n    n = n * 3 + byte\nn" % lit(d))
# (a bool index is Starlark's error, as for lists: left out)
for idx in ['"x"', "1.5", "None"]:
    case('b"ab"[%s]' % idx)
    case('bytearray(b"ab")[%s]' % idx)
case('b"\\x00\\x01GET"[3] & 0x0f')
case('list(enumerate(b"hi"))')
case('list(zip(b"ab", bytearray(b"cd")))')
block('a, b = b"xy"\n(a, b)')
block('l = [1]\nl += b"\\x02\\x03"\nl')
block('l = [1]\nl.extend(bytearray(b"\\x02"))\nl')
for needle in [65, 66, 0, 255, 256, -1, True, False, b"", b"A", b"AB", b"BA", bytearray(b"B"), "A", None, [65], 1.5]:
    for hay in [b"AB", bytearray(b"AB")]:
        case("%s in %s" % (lit(needle), lit(hay)))
        case("%s not in %s" % (lit(needle), lit(hay)))

# --- comparisons, +, * -----------------------------------------------------------
for x in [b"AB", bytearray(b"AB")]:
    for y in [b"AB", b"AC", b"A", bytearray(b"AB"), bytearray(b"AA"), "AB", 1, None]:
        # (ordering a bytes with another type is Starlark's error: left out)
        for op in ["==", "!="] if isinstance(y, (str, int, type(None))) else ["==", "!=", "<", "<=", ">", ">="]:
            case("%s %s %s" % (lit(x), op, lit(y)))
        case("%s + %s" % (lit(x), lit(y)))
    for n in [0, 1, 3, -1, "2", None]:
        case("%s * %s" % (lit(x), lit(n)))
        case("%s * %s" % (lit(n), lit(x)))

# --- bytes(), bytearray() -------------------------------------------------------------
# (bytes(str) without an encoding is netrepl's UTF-8, not Python's TypeError: left out)
SOURCES = [(), (0,), (4,), (True,), (False,), (-1,), (2**70,), (b"ab",), (bytearray(b"ab"),), ([1, 2],), ([],),
           ((65, 66),), ([256],), ([-1],), ([True],), (["a"],), ([1.5],), ([b"a"],), (None,), (1.5,),
           ({1: 2, 3: 4},), ("hi", "utf-8"), ("é", "latin-1"), ("é", "ascii"), (b"x", "utf-8"), (1, "utf-8")]
for args in SOURCES:
    for fn in ["bytes", "bytearray"]:
        case(call(fn, *args))
for fn in ["bytes", "bytearray"]:
    case("%s(range(4))" % fn)
    case("%s(range(250, 257))" % fn)
    case("%s([x + 1 for x in b'ab'])" % fn)
    case("%s(bytearray(b'\\x00\\xff'))" % fn)

# --- fromhex ------------------------------------------------------------------------
for s in ["", "de ad", "deadbeef", "DE AD be ef", " 01", "01 ", "0 1", "0", "012", "0g", "zz", "01\t02\n03\r04\x0b05\x0c06",
          "01\x1c02", "é", "01é", "  ", "a b", "01  02", b"00", 1, None]:
    case("bytes.fromhex(%s)" % lit(s))
    case("bytearray.fromhex(%s)" % lit(s))
case("bytes.fromhex()", loose=True)
case('bytes.fromhex("00", "11")', loose=True)

# --- hex ------------------------------------------------------------------------------
for d in [b"", b"\x01", b"\xde\xad\xbe\xef", b"\x01\x02\x03\x04\x05"]:
    for args in [(), (":",), ("-", 2), (":", -2), (" ", 3), ("::",), (b":",), (":", 0)]:
        case("%s.hex(%s)" % (lit(d), ", ".join(lit(a) for a in args)))
        case("bytearray(%s).hex(%s)" % (lit(d), ", ".join(lit(a) for a in args)))

# --- int.from_bytes, to_bytes, bit_length -------------------------------------------------
for d in [b"", b"\x00", b"\x01\x02", b"\xff", b"\x80\x00", b"\xff\xff\xff\xff", b"\x01" + b"\x00" * 9, b"\x7f\xff"]:
    for order in ["big", "little"]:
        for signed in [None, False, True]:
            kw = {} if signed is None else {"signed": signed}
            case(call("int.from_bytes", d, order, **kw))
            case(call("int.from_bytes", bytearray(d), order, **kw))
case('int.from_bytes(b"\\x01\\x02")')
case('int.from_bytes([1, 2], "big")')
case('int.from_bytes(b"\\x01\\x02", byteorder="little")')
for bad in ['"x", "big"', '5, "big"', 'True, "big"', 'None, "big"', '1.5, "big"', '[256], "big"', '["a"], "big"',
            'b"x", "middle"', 'b"x", 5', 'b"x", None', 'b"x", "big", True']:
    case("int.from_bytes(%s)" % bad)
case("int.from_bytes()", loose=True)
for n in [0, 1, 255, 256, 258, -1, -128, -129, 127, 128, 2**64, -2**63, 65535, 0x1234]:
    for length in [0, 1, 2, 4, 9]:
        for order in ["big", "little"]:
            for signed in [False, True]:
                case("(%d).to_bytes(%d, %s, signed=%s)" % (n, length, lit(order), signed))
    case("(%d).to_bytes()" % n)
    case("(%d).to_bytes(2)" % n)
    case("(%d).bit_length()" % n)
for bad in ['-1, "big"', '1, "mid"', '1, 5', '"x"', '1, "big", True', str(2**70), '1.5']:
    case("(1).to_bytes(%s)" % bad)
case("(5).bit_length(1)")
case("(1).to_bytes(length=2, byteorder='little')")

# --- bytearray: mutation ----------------------------------------------------------------
OPS = ["x[0] = 0x7a", "x[-1] = 0", "x[5] = 1", "x[0] = 256", "x[0] = -1", "x[0] = b'z'", "x[0] = True",
       "x['a'] = 1", "x.append(67)", "x.append(256)", "x.append(b'C')", "x.append(True)",
       "x.extend(b'CD')", "x.extend(bytearray(b'CD'))", "x.extend([67, 68])", "x.extend(range(3))",
       "x.extend(5)", "x.extend([256])", "x.extend('ab')", "x.extend(['a'])", "x.extend(None)",
       "x.insert(0, 48)", "x.insert(1, 48)", "x.insert(-1, 48)", "x.insert(100, 48)", "x.insert(-100, 48)",
       "x.insert(0, 300)", "x.pop()", "x.pop(0)", "x.pop(-2)", "x.pop(5)", "x.remove(66)", "x.remove(9)",
       "x.remove(300)", "x.clear()", "x.reverse()", "x += b'CD'", "x += bytearray(b'C')", "x += 'C'",
       "x += [1]", "x *= 2", "y = x\ny += b'!'\nx = (x, y)", "y = x.copy()\ny.append(1)",
       "x[0:1] = b'xyz'", "x[1:] = b''", "x[:] = [1, 2, 3]", "x[5:9] = b'Q'", "x[-1:] = bytearray(b'ZZ')",
       "x[0:1] = 5", "x[0:1] = 'a'", "x[0:1] = [300]", "x[::2] = b'Q'", "x[::2] = b'QR'",
       "x[::-1] = b'xy'", "x[1:1] = b'--'"]
for op in OPS:
    for start in [b"AB", b"ABC"]:
        block("x = bytearray(%s)\n%s\nx" % (lit(start), op))
block("x = bytearray()\nx.pop()\nx")
block("x = bytearray(b'ab')\nh = {x: 1}\nh")
block("x = bytearray(b'\\x01')\nseen = []\nfor v in x:\n    seen.append(v)\n    if v < 3:\n        x.append(v + 1)\nseen")
block("x = bytearray(4)\nx[0] = 0x45\nx[2:4] = (1500).to_bytes(2, 'big')\nbytes(x)")
block("pkt = bytearray()\npkt += struct.pack('!HH', 1, 2)\npkt.extend(b'\\x03www')\npkt.append(0)\nbytes(pkt)")

# --- struct.pack_into --------------------------------------------------------------------
for size in [0, 1, 4, 6]:
    for off in [0, 2, 3, 5, -1, -2, -4, -7, "'x'"]:
        block("x = bytearray(%d)\nstruct.pack_into('!H', x, %s, 0x1234)\nx" % (size, off))
        block("x = bytearray(%d)\nstruct.Struct('<HB').pack_into(x, %s, 1, 2)\nx" % (size, off))
for args in ["", ", x", ", x, 0", ", x, 0, 1, 2", ", b'ab', 0, 1", ", x, 0, 'a'", ", x, 0, 70000"]:
    block("x = bytearray(4)\nstruct.pack_into('!H'%s)\nx" % args)

# --- bytearray: the methods of bytes --------------------------------------------------------
for meth, args in [("split", ()), ("split", (b" ",)), ("rsplit", (b" ", 1)), ("strip", ()), ("upper", ()),
                   ("replace", (b"l", b"L")), ("partition", (b" ",)), ("rpartition", (b"o",)), ("find", (b"o",)),
                   ("find", (111,)), ("count", (b"l",)), ("startswith", (b"he",)), ("endswith", ((b"x", b"ld"),)),
                   ("decode", ()), ("decode", ("latin-1",)), ("splitlines", ()), ("ljust", (13, b"*")),
                   ("center", (13,)), ("removeprefix", (b"hello ",)), ("isalpha", ()), ("index", (b"w",)),
                   ("lower", ()), ("join", ([b"a", bytearray(b"b")],))]:
    block("x = bytearray(b'hello world')\nx.%s(%s)" % (meth, ", ".join(lit(a) for a in args)))
    case("b'hello world'.%s(%s)" % (meth, ", ".join(lit(a) for a in args)))
# bytes-like arguments
for expr in ['b"hello".startswith(bytearray(b"he"))', 'b"a b".split(bytearray(b" "))', 'b",".join([bytearray(b"a"), b"b"])',
             'b"hello".find(bytearray(b"l"))', 'b"ab".replace(bytearray(b"a"), bytearray(b"z"))', 'b"ab".ljust(4, bytearray(b"*"))',
             'b"ab" + bytearray(b"c")', 'bytearray(b"c") + b"ab"', 'bytes(bytearray(b"\\x00\\x01"))',
             'struct.unpack("!H", bytearray(b"\\x01\\x02"))', 'struct.unpack_from("!B", bytearray(b"\\x01\\x02"), 1)',
             'struct.pack("4s", bytearray(b"ab"))', 'struct.pack("c", bytearray(b"a"))',
             'hexlify(bytearray(b"\\xde\\xad"))', 'unhexlify(bytearray(b"dead"))', 'hexlify(bytearray(b"ab"), ":")']:
    case(expr)

V.write("bytes.json")
