#!/usr/bin/env python3
"""Generate hexdump.json: inputs and what the real `hexdump -C` prints.

Run once from this directory (needs util-linux's hexdump, Debian package
bsdextrautils):  python3 gen_hexdump.py
The Go tests read hexdump.json and need neither python3 nor hexdump.
"""
import json
import random
import subprocess


def cases():
    yield "empty", b""
    for n in (1, 7, 8, 9, 15, 16, 17, 31, 32, 33, 47, 48, 49):
        yield "len%d" % n, bytes(range(0x41, 0x41 + n)) if n < 60 else bytes(n)
    yield "all256", bytes(range(256))
    yield "boundaries", bytes([0x1f, 0x20, 0x7e, 0x7f, 0x80, 0xff, 0x00, 0x0a, 0x09, 0x0d])
    yield "zeros16", bytes(16)
    yield "zeros32", bytes(32)
    yield "zeros64+abc", bytes(64) + b"abc"
    yield "zeros48+8", bytes(48) + bytes(8)
    yield "runs", bytes(16) + b"a" * 32 + bytes(32) + bytes(8)
    yield "two runs", (b"x" * 48) + (b"y" * 48) + (b"x" * 48)
    yield "run then short same prefix", b"z" * 48 + b"z" * 5
    yield "alternating", (bytes(16) + b"\xff" * 16) * 4
    yield "dns query", bytes.fromhex(
        "AAAA01000001000000000000076578616d706c6503636f6d0000010001")
    yield "http", b"GET / HTTP/1.1\r\nHost: www.cnn.com\r\nUser-Agent: Advanced-Python/1.0\r\nAccept: */*\r\n\r\n"
    rnd = random.Random(4)
    for i in range(40):
        n = rnd.randrange(0, 300)
        # Few distinct values so that equal lines (squeezes) happen too.
        alphabet = rnd.choice([b"\x00", b"\x00\x01", bytes(range(256)), b"ab"])
        data = bytes(rnd.choice(alphabet) for _ in range(n))
        if rnd.random() < 0.5:
            data = bytes(16) * rnd.randrange(0, 5) + data
        yield "random%d" % i, data
    yield "large", bytes(range(256)) * 20 + bytes(160) + b"tail"


def main():
    out = []
    for name, data in cases():
        dump = subprocess.run(["hexdump", "-C"], input=data, capture_output=True, check=True).stdout
        out.append({"name": name, "hex": data.hex(), "dump": dump.decode("ascii")})
    with open("hexdump.json", "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
