data = b"AB\r\nCD\r\n\r\nbody"
state = "headers"
headers = []
buf = b""
for b in data:
    if state == "headers":
        buf += bytes([b])
        if buf.endswith(b"\r\n"):
            line = buf[:-2]
            buf = b""
            if line == b"":
                state = "body"
            else:
                headers.append(line)
    else:
        buf += bytes([b])
print(headers, state, buf)
