"""The Python half of RunVectors (vectors.go): write expressions that are
both Python and Starlark, evaluate them in CPython, and record the result
or the exception, so the Go test evaluates the very text CPython did.

Results are encoded without loss (ints as decimal strings, floats as their
IEEE bits); errors as the exception's Python name and message. "loose"
errors are argument-count and keyword mistakes, where netrepl keeps
Starlark's wording: only the type is compared.

A generator (builtins/*/testdata/gen_vectors.py) does:

    sys.path.insert(0, <this directory>)
    from vectors import Vectors, lit
    v = Vectors({"struct": struct, ...})   # what netrepl predeclares
    v.case(v.call("struct.pack", "!H", 1))
    v.write("vectors.json")
"""
import json
import math
import re
import struct
import sys


def lit(v):
    """v as a literal that Python and Starlark read the same way."""
    if v is None or isinstance(v, bool):
        return repr(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if math.isnan(v):
            return "-float('nan')" if math.copysign(1, v) < 0 else "float('nan')"
        if math.isinf(v):
            return "float('inf')" if v > 0 else "-float('inf')"
        return repr(v)
    if isinstance(v, (bytes, str)):
        r = repr(v)
        # Starlark accepts \x escapes in str literals only below 0x80.
        assert isinstance(v, bytes) or not re.search(r"\\(x[89a-f]|u|U)", r), r
        return r
    if isinstance(v, bytearray):
        return "bytearray(%s)" % lit(bytes(v))
    if isinstance(v, tuple):
        return "(" + "".join(lit(x) + ", " for x in v) + ")" if len(v) == 1 else "(" + ", ".join(lit(x) for x in v) + ")"
    if isinstance(v, list):
        return "[" + ", ".join(lit(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join("%s: %s" % (lit(k), lit(x)) for k, x in v.items()) + "}"
    raise TypeError(type(v))


def enc(v):
    """v without loss, as vectors.go's Encode writes it."""
    if v is None:
        return {"none": True}
    if isinstance(v, bool):
        return {"bool": v}
    if isinstance(v, int):
        return {"int": str(v)}
    if isinstance(v, float):
        return {"float": struct.pack(">d", v).hex()}
    if isinstance(v, bytes):
        return {"bytes": v.hex()}
    if isinstance(v, bytearray):
        return {"bytearray": v.hex()}
    if isinstance(v, str):
        return {"str": v}
    if isinstance(v, tuple):
        return {"tuple": [enc(x) for x in v]}
    if isinstance(v, list):
        return {"list": [enc(x) for x in v]}
    raise TypeError(type(v))


def exc_name(e):
    t = type(e)
    return t.__name__ if t.__module__ == "builtins" else t.__module__ + "." + t.__name__


class Vectors:
    def __init__(self, globals_):
        assert sys.version_info[:2] == (3, 11), "vectors are CPython 3.11's"
        self.globals = globals_
        self.cases = []
        self.seen = set()

    @staticmethod
    def call(fn, *args, **kwargs):
        parts = [lit(a) for a in args] + ["%s=%s" % (k, lit(v)) for k, v in kwargs.items()]
        return "%s(%s)" % (fn, ", ".join(parts))

    def case(self, expr, loose=False):
        if expr in self.seen:
            return
        self.seen.add(expr)
        c = {"expr": expr}
        try:
            c["want"] = enc(eval(expr, self.globals))
        except Exception as e:  # noqa: BLE001 - every exception is a vector
            c["error"] = {"type": exc_name(e), "message": str(e)}
            if loose:
                c["loose"] = True
        self.cases.append(c)

    def write(self, path):
        errors = sum(1 for c in self.cases if "error" in c and not c.get("loose"))
        with open(path, "w") as f:
            # One case per line: reviewable diffs when a generator changes.
            f.write('{"python": %s, "cases": [\n' % json.dumps(sys.version.split()[0]))
            f.write(",\n".join(json.dumps(c) for c in self.cases))
            f.write("\n]}\n")
        print("%d cases, %d with exact error messages" % (len(self.cases), errors))
