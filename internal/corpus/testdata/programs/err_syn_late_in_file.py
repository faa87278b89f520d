import struct

print("this must not run: CPython compiles the whole file first")


def ok():
    return struct.pack("!H", 1)


print(ok())
x = [1, 2, 3
y = 4
