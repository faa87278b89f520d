#!/usr/bin/env python3
"""python3 run_cpython.py FILE.star: runs a testdata/python file under CPython
(assert.eq/assert.true, chunks split at ---, a `### "regexp"` chunk must
raise an error matching), to check that its assertions are Python's."""


import re, sys
class A:
    def eq(self, a, b):
        if a != b: raise AssertionError("%r != %r" % (a, b))
    def true(self, c, msg="not true"):
        if not c: raise AssertionError(msg)
src = open(sys.argv[1]).read()
for chunk in src.split("\n---\n"):
    lines = [l for l in chunk.split("\n") if not l.startswith("load(")]
    code = "\n".join(lines)
    want = re.search(r'### "(.*)"', code)
    try:
        exec(code, {"assert": A()} | {"assert_": A()}) if False else exec(code.replace("assert.", "assert_."), {"assert_": A()})
        if want: print("NO ERROR, want", want.group(1))
    except Exception as e:
        msg = type(e).__name__ + ": " + str(e)
        if not want or not re.search(eval('"'+want.group(1)+'"'), msg): print("ERROR", msg, "in", code[:200])
print("ok")
