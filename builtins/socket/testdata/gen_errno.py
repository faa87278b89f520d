#!/usr/bin/env python3
"""Print the tables of builtins/pyerr/errno.go: glibc's strerror text of
every errno, and the exception class CPython 3.11 raises for it (PEP 3151).

    python3 builtins/socket/testdata/gen_errno.py

Paste the output over the two tables in errno.go (the rest is hand-written).
"""
import errno, os

print("var strerror = [...]string{")
for n in range(1, 134):
    name = errno.errorcode.get(n)
    if name is None:
        continue
    print("\t%d: %s, // %s" % (n, '"' + os.strerror(n).replace('"', '\\"') + '"', name))
print("}")
print()
print("var errnoClass = map[int]string{")
for n in sorted(errno.errorcode):
    e = OSError(n, "x")
    if type(e) is not OSError:
        print("\t%d: %s, // %s" % (n, '"' + type(e).__name__ + '"', errno.errorcode[n]))
print("}")
