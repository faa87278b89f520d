line = "GET /index.html HTTP/1.1"
method, *parts = line.split()
print(method, parts)
cmd, *args = "quit".split()
print(cmd, args)
