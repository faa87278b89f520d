def parse_addr(text, default_port=80):
    """Split host:port."""
    if ":" in text:
        host, port = text.rsplit(":", 1)
        return host, int(port)
    return text, default_port


print(parse_addr("localhost:8080"))
print(parse_addr("example.com"))
print(parse_addr.__doc__)
