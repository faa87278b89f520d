def hexdump(data, width=8):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = " ".join("%02x" % b for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print("%04x  %-*s  %s" % (off, width * 3, hexpart, text))


hexdump(b"GET / HTTP/1.1\r\nHost: x\r\n")
