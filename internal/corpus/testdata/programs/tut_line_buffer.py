chunks = [b"hel", b"lo\nwor", b"ld\n", b"partial"]
buffer = b""
for chunk in chunks:
    buffer += chunk
    while b"\n" in buffer:
        line, buffer = buffer.split(b"\n", 1)
        print("line:", line.decode())
print("left:", buffer)
