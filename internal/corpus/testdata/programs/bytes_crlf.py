req = b"GET / HTTP/1.0\r\n\r\n"
print(req[:3], req[0], len(req))
for b in req[-4:]:
    print(b)
