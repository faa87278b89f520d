def parse_port(s):
    try:
        port = int(s)
    except ValueError:
        raise ValueError("bad port: " + s) from None
    if not 0 < port < 65536:
        raise ValueError("port out of range: %d" % port)
    return port
for s in ["80", "http", "70000"]:
    try:
        print(parse_port(s))
    except ValueError as e:
        print(e)
