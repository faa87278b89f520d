#!/usr/bin/env python3
"""Generate stmts.json: small programs using Python's statements (chained
and starred assignment, assert, global/nonlocal, del, for/while ... else,
pass and ;), as CPython 3.11 runs them. Each program is run whole, in a
fresh namespace, and its value is that of its last statement, an
expression (what a notebook cell shows); or the exception it raised
(a SyntaxError's message without its "(<string>, line n)").

Run once from this directory with CPython 3.11:  python3 gen_stmts.py

The programs are read the same way by Python and by netrepl: no
str iteration, no `is`, no `**`, no exceptions handled.
"""
import ast
import os
import sys

assert sys.version_info[:2] == (3, 11), "vectors are CPython 3.11's"

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "internal", "startest"))
from vectors import Vectors, enc, exc_name  # noqa: E402

PROGRAMS = [
    # chained assignment
    "a = b = 0\n(a, b)",
    "x = y = []\nx.append(1)\ny",
    "a, b = c = 1, 2\n(a, b, c)",
    "d = {}\nd['k'] = k = 'v'\n(list(d.items()), k)",
    "xs = [0, 0]\ni = xs[i] = 1\nxs",
    "n = []\ndef f():\n    n.append(1)\n    return len(n)\na = b = c = f()\n(a, b, c, n)",
    "def g():\n    p = q = [1]\n    p.append(2)\n    return q\ng()",
    "a = b = c = d = 'x'\na + b + c + d",
    "a = (b) = 1\n(a, b)",
    "[a, b] = c = [1, 2]\n(a, b, c)",
    "x += y = 1",
    "a = b += 1",
    # starred targets
    "first, *rest = 'GET / HTTP/1.1'.split()\n(first, rest)",
    "*init, last = [1, 2, 3]\n(init, last)",
    "a, *b, c = 1, 2, 3, 4, 5\n(a, b, c)",
    "a, *b, c = 1, 2\n(a, b, c)",
    "[a, *b] = (1,)\n(a, b)",
    "*a, = [1, 2]\na",
    "(a, *b), c = (1, 2, 3), 4\n(a, b, c)",
    "a, *(b, c) = 1, 2, 3\n(a, b, c)",
    "a, *b = range(4)\n(a, b)",
    "k, *v = {'x': 1, 'y': 2}\n(k, v)",
    "out = []\nfor h, *t in [[1, 2, 3], [4]]:\n    out.append((h, t))\nout",
    "[t for _, *t in [(1, 2, 3), (4, 5)]]",
    "def f(xs):\n    head, *tail = xs\n    return tail\nf([1, 2, 3])",
    "a, *b, c = [1]",
    "a, *b = []",
    "*a, b, c = 1,",
    "a, *b = 5",
    "a, b = 5",
    "a, b = [1]",
    "a, b = [1, 2, 3]",
    "a, b, c = (1, 2)",
    "for a, b in [(1, 2, 3)]:\n    pass",
    "a, *b, *c = 1, 2, 3",
    "[*a, *b] = 1, 2",
    "*a = [1]",
    "for *a in [[1]]:\n    pass",
    "x = *[1]",
    "a, *b += 1",
    # starred displays
    "xs = [1, 2]\n[*xs, 3]",
    "xs = [1, 2]\n(0, *xs)",
    "xs = (1, 2)\nt = *xs, 3\nt",
    "[*[1], *(2, 3), *range(4, 6)]",
    "[*{'a': 1, 'b': 2}]",
    "[*[]]",
    "def f(xs):\n    return *xs, len(xs)\nf([7, 8])",
    "[*1]",
    "(*[1], *None)",
    # assert
    "assert 1 + 1 == 2\n'ok'",
    "assert True, 'not shown'\n1",
    "calls = []\ndef m():\n    calls.append(1)\n    return 'm'\nassert 1, m()\ncalls",
    "assert (1 == 1)\n2",
    "assert 1 == 2",
    "assert 1 == 2, 'the message'",
    "assert False, None",
    "assert False, 42",
    "assert [], 'empty'",
    "assert 0, 'zero %d' % 0",
    "def check(n):\n    assert n > 0, 'n must be positive, got %d' % n\n    return n\ncheck(1) + check(-2)",
    "x = 3\nassert x < 2, [1, x]",
    # global
    "count = 0\ndef inc():\n    global count\n    count += 1\ninc()\ninc()\ncount",
    "count = 0\ndef inc():\n    global count\n    count = count + 1\n    return count\ninc()\ninc()",
    "def setg():\n    global fresh, other\n    fresh = 'new'\n    other = fresh + '!'\nsetg()\n(fresh, other)",
    "def show():\n    return n\ndef setn(v):\n    global n\n    n = v\nsetn(1)\na = show()\nsetn(2)\n(a, show())",
    "count = 5\ndef shadow():\n    count = 100\n    return count\n(shadow(), count)",
    "def outer():\n    global g\n    def inner():\n        return g\n    g = 'G'\n    return inner()\nouter()",
    "global count\ncount = 5\ncount",
    "def loop():\n    global total\n    total = 0\n    for i in range(5):\n        total += i\nloop()\ntotal",
    "def f():\n    global lst\n    lst = []\n    for lst_i in range(2):\n        lst.append(lst_i)\nf()\nlst",
    "def f():\n    global x\n    if False:\n        x = 1\n    return x\nf()",
    "def f():\n    return undefined_thing\nf()",
    "def f():\n    global never\n    return never\nf()",
    "def f():\n    x = 1\n    global x",
    "def f():\n    x\n    global x",
    "def f(x):\n    global x",
    "def f():\n    del x\n    global x",
    "def f():\n    global x\n    global x\n    x = 2\n    return x\nf()",
    # nonlocal
    "def counter():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\nc = counter()\nc()\nc()\nc()",
    "def later():\n    def set_it():\n        nonlocal v\n        v = 'set'\n    v = 'unset'\n    set_it()\n    return v\nlater()",
    "def three():\n    x = 1\n    def mid():\n        nonlocal x\n        def inner():\n            nonlocal x\n            x += 10\n        inner()\n        x += 100\n    mid()\n    return x\nthree()",
    "def param(x):\n    def g():\n        nonlocal x\n        x = x * 2\n    g()\n    return x\nparam(21)",
    "def acc():\n    total = 0\n    def add(v):\n        nonlocal total\n        total += v\n        return total\n    return add\na = acc()\na(5)\na(7)",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        del x\n    g()\n    return x\nf()",
    "nonlocal x",
    "def f():\n    nonlocal x",
    "x = 1\ndef f():\n    def g():\n        nonlocal x\n        x = 2",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x",
    "def f():\n    x = 1\n    def g():\n        x\n        nonlocal x",
    "def f(x):\n    nonlocal x",
    "def f():\n    global y\n    def g():\n        nonlocal y",
    # del
    "d = {'a': 1, 'b': 2}\ndel d['a']\nlist(d.items())",
    "xs = [0, 1, 2, 3, 4, 5, 6]\ndel xs[0]\ndel xs[-1]\nxs",
    "xs = [1, 2, 3, 4, 5]\ndel xs[1:3]\nxs",
    "ys = list(range(10))\ndel ys[::2]\nys",
    "ys = list(range(10))\ndel ys[::-3]\nys",
    "ys = [1, 2]\ndel ys[5:]\nys",
    "ys = [1, 2, 3]\ndel ys[:]\nys",
    "zs = [1, 2, 3]\nn = 1\ndel n, zs[0]\nzs",
    "zs = [1, 2, 3]\nd = {'b': 2}\ndel (zs[0], d['b'])\n(zs, len(d))",
    "zs = [1]\ndel [zs[0]]\nzs",
    "g = 1\ndel g\ng",
    "del never_bound",
    "def f():\n    x = 1\n    del x\n    return x\nf()",
    "def f():\n    del x\nf()",
    "def f():\n    global g\n    del g\ng = 1\nf()\ng",
    "d = {}\ndel d['k']",
    "d = {1: 2}\ndel d[3]",
    "xs = [1]\ndel xs[3]",
    "xs = [1]\ndel xs[-2]",
    "xs = [1]\ndel xs['a']",
    "t = (1,)\ndel t[0]",
    "s = 'ab'\ndel s[0]",
    "t = (1,)\ndel t[0:1]",
    "del 1",
    "del x + 1",
    "del f()",
    "del *a",
    "del (a, f())",
    "del [1]",
    "x = 1\ndel x\nx = 2\nx",
    "def cell_del():\n    x = 1\n    def get():\n        return x\n    del x\n    return get()\ncell_del()",
    # UnboundLocalError and NameError
    "def f():\n    y = x\n    x = 1\nf()",
    "x = 5\ndef f():\n    x += 1\nf()",
    "x = 5\ndef f():\n    print(x)\n    x = 1\nf()",
    "def f():\n    for i in []:\n        pass\n    return i\nf()",
    "def f():\n    def g():\n        return v\n    r = g()\n    v = 1\n    return r\nf()",
    "nope + 1",
    # for ... else, while ... else
    "def find(xs, v):\n    for i, x in enumerate(xs):\n        if x == v:\n            break\n    else:\n        return -1\n    return i\n(find([5, 6, 7], 6), find([5, 6, 7], 8), find([], 8))",
    "out = []\nfor x in [1, 2]:\n    out.append(x)\nelse:\n    out.append('else')\nout",
    "n = 0\nwhile n < 3:\n    n += 1\nelse:\n    n += 100\nn",
    "n = 0\nwhile True:\n    n += 1\n    if n == 2:\n        break\nelse:\n    n = -1\nn",
    "res = []\nfor i in range(3):\n    for j in range(3):\n        if j == 1:\n            continue\n        res.append((i, j))\n    else:\n        if i == 1:\n            break\nres",
    "res = []\nfor i in [1]:\n    if i:\n        for j in []:\n            pass\n    else:\n        res.append('if-else')\nelse:\n    res.append('for-else')\nres",
    "def f():\n    while False:\n        pass\n    else:\n        return 'else'\nf()",
    "out = []\nfor i in range(3):\n    out.append(i)\n    continue\nelse:\n    out.append('e')\nout",
    "for i in []: pass\nelse: i = 'empty'\ni",
    # pass and ;
    "def empty():\n    pass\nempty()",
    "if True: pass\nfor _ in []: pass\nwhile False: pass\n1",
    "if True: a = 1; b = 2\n(a, b)",
    "def one_line(): x = 1; return x + 1\none_line()",
    "x = 1; y = 2;\nx + y",
    "if False: x = 10; y = 20\nelse: x = 30; y = 40\n(x, y)",
    "for i in range(2): x = i; y = -i\n(x, y)",
    "x = 1,\nx",
]

# Syntax errors whose wording is Starlark's parser's (only the type is
# compared).
LOOSE = {"x += y = 1", "a = b += 1", "a, *b += 1"}

V = Vectors({})
for src in PROGRAMS:
    c = {"expr": src}
    if src in LOOSE:
        c["loose"] = True
    try:
        tree = ast.parse(src)
        compile(src, "<string>", "exec")  # SyntaxErrors of the whole program first
        g = {}
        last = tree.body[-1]
        if isinstance(last, ast.Expr):
            exec(compile(ast.Module(body=tree.body[:-1], type_ignores=[]), "<string>", "exec"), g)
            c["want"] = enc(eval(compile(ast.Expression(body=last.value), "<string>", "eval"), g))
        else:
            exec(src, g)
            c["want"] = enc(None)
    except SyntaxError as e:
        c["error"] = {"type": exc_name(e), "message": e.msg}
    except Exception as e:  # noqa: BLE001 - every exception is a vector
        c["error"] = {"type": exc_name(e), "message": str(e)}
    V.cases.append(c)
V.write("stmts.json")
