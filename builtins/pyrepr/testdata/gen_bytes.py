#!/usr/bin/env python3
"""Generate bytes.json: CPython 3.11's repr of bytes, for pyrepr's test.

Run once from this directory with CPython 3.11:  python3 gen_bytes.py

Each case is the bytes (as hex) and what CPython writes between the
quotes of its repr. netrepl's repr uses double quotes, so the cases hold
no quote character; the test checks " and ' itself.
"""
import json
import random
import sys

assert sys.version_info[:2] == (3, 11), "vectors are CPython 3.11's"
rnd = random.Random(5)
cases = [bytes([c]) for c in range(256) if c not in b"'\""]
cases += [bytes(rnd.choice([c for c in range(256) if c not in b"'\""]) for _ in range(rnd.randrange(1, 40))) for _ in range(200)]
cases += [b"", b"GET / HTTP/1.0\r\n\r\n", "café".encode(), b"\xaa\xaa\x01\x00\x07example\x03com\xc0\x0c"]
with open("bytes.json", "w") as f:
    json.dump([{"hex": b.hex(), "inner": repr(b)[2:-1]} for b in cases], f, indent=0)
print(len(cases), "cases")
