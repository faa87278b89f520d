host = "example.com"
path = "/index.html"
headers = {"Host": host, "User-Agent": "netrepl", "Connection": "close"}
lines = ["GET %s HTTP/1.1" % path]
for k, v in headers.items():
    lines.append("%s: %s" % (k, v))
request = "\r\n".join(lines) + "\r\n\r\n"
print(request.encode())
print(len(request))
