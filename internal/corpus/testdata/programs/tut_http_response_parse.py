raw = b"HTTP/1.1 404 Not Found\r\nServer: x\r\nContent-Length: 9\r\n\r\nnot found"
head, body = raw.split(b"\r\n\r\n", 1)
status_line, *header_lines = head.decode().split("\r\n")
version, code, reason = status_line.split(" ", 2)
headers = {}
for h in header_lines:
    k, v = h.split(": ", 1)
    headers[k.lower()] = v
print(version, int(code), reason)
print(headers)
print(int(headers["content-length"]) == len(body), body)
