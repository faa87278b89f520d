def ip_to_int(ip):
    a, b, c, d = [int(x) for x in ip.split(".")]
    return (a << 24) | (b << 16) | (c << 8) | d


def int_to_ip(n):
    return ".".join(str((n >> s) & 0xFF) for s in (24, 16, 8, 0))


n = ip_to_int("192.168.1.20")
print(n, hex(n), int_to_ip(n))
print(int_to_ip(ip_to_int("10.0.0.255") + 1))
