#!/usr/bin/env python3
"""Generate pybuiltins.json: Python's repr and str of netrepl's values,
type objects, isinstance and the builtins Python users reach for (map,
filter, format, ascii, callable, iter/next, min/max/sorted with key=,
exit's repr), as CPython 3.11 evaluates them.

Run once from this directory with CPython 3.11:  python3 gen_pybuiltins.py

Each case is an expression both Python and netrepl read the same way
(see internal/startest/vectors.py), run by pybuiltins_test.go as a chunk
of a netrepl session.
"""
import os
import queue
import socket
import struct
import sys
import threading

assert sys.version_info[:2] == (3, 11), "vectors are CPython 3.11's"

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "internal", "startest"))
from vectors import Vectors, lit  # noqa: E402

V = Vectors({"socket": socket, "struct": struct, "threading": threading, "queue": queue})

# repr and str of every kind of value.
VALUES = ["", "abc", "it's", 'say "hi"', "both ' and \"", "a\\b", "tab\there\nnl\r", "\x00\x07\x1b\x7f",
          "h\u00e9", "\u2603 \U0001F600", b"", b"x", b"it's", b'say "hi"', b"\x00\x07\xc0\xff",
          b"GET / HTTP/1.1\r\n\r\n", 0, -5, 2**100, 0.0, -0.0, 0.1, 1.5, 1e15, 1e16, 1e-4, 1e-5, 123456789.123,
          1.23456789123e8, 2.5e-300, True, False, None, (), (1,), ("127.0.0.1", 49830), [], [1, "a", b"b"],
          {"a": 1}, {1: [None]}, [("x", {"k": b"v"})]]
for v in VALUES:
    V.case("repr(%s)" % lit(v))
    V.case("str(%s)" % lit(v))
    V.case("ascii(%s)" % lit(v))
for expr in ["chr(0x200b) + chr(0x2028) + chr(0x85) + chr(0xad) + chr(0xa0) + chr(0x10ffff)", "float('inf')", "-float('inf')", "float('nan')", "float('-inf')", "float(' 2.5 ')", "float('1e400')",
             "float('abc')", "1 / 4", "2 / 1", "7 // 2.0", "-7.5 % 2", "7.5 % -2", "10 / 3", "1 / 0",
             "1.0 / 0", "1 // 0", "1 % 0", "1.0 % 0", "1.0 // 0.0", "1e308 * 10", "set()", "set([1, 2])",
             "range(5)", "range(1, 10, 2)", "str(range(3))", "repr(len)", "str(print)", "repr(exit)", "repr(quit)",
             "str([exit])"]:
    V.case("repr(%s)" % expr)

# Type objects: type(x) is the value int, str, ... name; its repr.
for x in ["5", "'s'", "b'b'", "1.5", "True", "None", "[]", "{}", "()", "set()", "len", "int", "range(2)",
          "socket.socket()", "struct.Struct('!H')", "threading.Event()", "queue.Queue()", "threading.Lock()"]:
    V.case("repr(type(%s))" % x)
for name in ["int", "str", "bytes", "float", "bool", "list", "dict", "tuple", "set", "type", "range",
             "socket.socket", "struct.Struct", "threading.Thread", "threading.Event", "queue.Queue"]:
    V.case("repr(%s)" % name)
    V.case("%s.__name__" % name)
for a, b in [("5", "int"), ("'s'", "str"), ("b''", "bytes"), ("1.5", "float"), ("True", "bool"), ("True", "int"),
             ("5", "bool"), ("None", "type(None)"), ("[]", "list"), ("{}", "dict"), ("()", "tuple"), ("set()", "set"),
             ("int", "type"), ("5", "str"), ("5", "(str, int)"), ("5", "(str, (bytes, int))"), ("5", "()"),
             ("'x'", "(int, float)"), ("socket.socket()", "socket.socket"), ("5", "socket.socket"),
             ("struct.Struct('!H')", "struct.Struct"), ("queue.Queue()", "queue.Queue"), ("5", "'int'"),
             ("5", "(int, 'x')"), ("5", "5")]:
    V.case("isinstance(%s, %s)" % (a, b))
    V.case("type(%s) == %s" % (a, b))
for expr in ["type(5) == int", "type(5) != int", "type('') == str", "type(b'') == bytes", "type(True) == int",
             "type(type(5)) == type", "type(None)()", "type(len)()", "int('12')", "str(12)", "float('1.5')",
             "list((1, 2))", "tuple([1])", "repr(dict(a=1))", "bool(0)", "bytes(2)", "repr(set([1, 1]))", "issubclass(bool, int)",
             "issubclass(int, bool)", "issubclass(int, (str, int))", "{int: 'i', str: 's'}[type('x')]",
             "socket.socket == socket.socket", "type(socket.socket()) == socket.socket"]:
    V.case(expr)

# Builtins Python users reach for.
for expr in ["list(map(str, [1, 2, 3]))", "list(map(lambda a, b: a * b, [1, 2, 3], [4, 5]))", "list(map(len, ['a', 'bc']))",
             "list(filter(None, [0, 1, '', 'a', None]))", "list(filter(lambda n: n % 2, range(7)))", "map(len)",
             "filter(len)", "list(map(int, ['1', '22']))", "format(255, '08b')", "format(3.14159, '.2f')", "format('ab', '>5')",
             "format(1e16)", "format([1, 'a'])", "format(255, '#x')", "format(1234567, ',')", "format(0.5, '%')",
             "format('ab', 'd')", "format(None)", "callable(len)", "callable(int)", "callable(lambda: 0)",
             "callable(1)", "callable('x')", "callable(exit)", "callable(socket.socket)", "abs(-3)", "abs(-2.5)",
             "min([3, 1, 2])", "max([3, 1, 2])", "min(['bb', 'a', 'ccc'], key=len)", "max(['bb', 'a', 'ccc'], key=len)",
             "min(3, 1, 2)", "max('ab', 'b')", "sorted([3, 1, 2], reverse=True)",
             "sorted(['b', 'A', 'c'], key=str.lower)", "sorted(['bb', 'a', 'ccc'], key=len, reverse=True)",
             "str.upper('ab')", "list(map(str.strip, [' a ', 'b ']))", "str.lower(1)", "chr(233)", "ord('\u00e9')",
             "ord(b'A')", "chr(0x1F600)", "next(iter([1, 2]))", "next(iter([]), 'done')", "next(iter(''))",
             "list(iter('ab'))", "list(iter((1, 2)))", "sorted(iter({'b': 1, 'a': 2}))", "iter(5)", "next([1])",
             "ascii('h\u00e9')", "ascii(['\u2603'])", "ascii(b'\\xff')", "repr('h\u00e9')"]:
    V.case(expr)

for expr in ["min([], default=5)", "max([1, 2], default=0)", "min([])", "max([], key=len)", "min(1, 2, default=3)",
             "min()", "max([3, 1, 2], key=lambda v: -v)", "min((4, 2, 8))", "max(2, 7, 1)", "min([], default=None)",
             "min(5)", "list(enumerate([10, 20], start=1))", "list(enumerate([10, 20], 5))",
             "list(enumerate([]))", "max(['aa', 'b'], key=len, default='x')"]:
    V.case(expr)

V.write("pybuiltins.json")
