resp = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"
head, _, body = resp.partition(b"\r\n\r\n")
print(body)
lines = head.split(b"\r\n")
print(lines[0].split(b" ", 2))
print(resp.startswith(b"HTTP"), resp.find(b"200"), resp.count(b"\r\n"))
print(b"  x  ".strip(), b"a,b".replace(b",", b";"), b"-".join([b"a", b"b"]))
print(b"ABC".lower(), b"abc".upper())
