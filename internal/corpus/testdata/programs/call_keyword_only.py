def connect(host, *, port=80, timeout=None):
    return host, port, timeout


print(connect("h"))
print(connect("h", port=22, timeout=1.5))
