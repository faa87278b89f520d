#!/usr/bin/env python3
"""Generate errors.json: what CPython raises for each case of the socket
error table, so errors_test.go can check netrepl against it without python3.

    python3 builtins/socket/testdata/gen_errors.py > builtins/socket/testdata/errors.json

Each case is source that is both Python and Starlark (the subset they
share): PRELUDE and the case's setup run first, then expr is evaluated.
The result is the exception's type name (socket.gaierror for gaierror),
errno and str(), or the repr of the value when expr does not fail.
Loopback only; "no-such-host.invalid" must not resolve (RFC 6761).
REPRS are repr(socket) texts, with fd=N for the descriptor and PORT for
the port the setup stored in `port`.
"""
import json, re, socket, sys

PRELUDE = '''
def closed_port():
    t = socket.socket()
    t.bind(("127.0.0.1", 0))
    p = t.getsockname()[1]
    t.close()
    return p

def listener():
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    return srv

def pair():
    srv = listener()
    c = socket.socket()
    c.connect(srv.getsockname())
    a = srv.accept()[0]
    srv.close()
    return c, a

def closed():
    s = socket.socket()
    s.close()
    return s

LINGER0 = b"\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00"
'''

S = "s = socket.socket()"
CASES = [
    # refused, timeout, reset, pipe, in use
    ("refused", S, 's.connect(("127.0.0.1", closed_port()))'),
    ("refused localhost", S, 's.connect(("localhost", closed_port()))'),
    ("refused create_connection", "", 'socket.create_connection(("127.0.0.1", closed_port()))'),
    ("connect_ex refused", S, 's.connect_ex(("127.0.0.1", closed_port()))'),
    ("connect_ex ok", "srv = listener()\n" + S, 's.connect_ex(srv.getsockname())'),
    ("timeout recv", "c, a = pair()\nc.settimeout(0.05)", "c.recv(10)"),
    ("timeout accept", "srv = listener()\nsrv.settimeout(0.05)", "srv.accept()"),
    ("timeout recvfrom", 'u = socket.socket(type=socket.SOCK_DGRAM)\nu.bind(("127.0.0.1", 0))\nu.settimeout(0.05)', "u.recvfrom(10)"),
    ("reset by peer", "c, a = pair()\na.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, LINGER0)\na.close()", "c.recv(10)"),
    ("broken pipe", "c, a = pair()\nc.shutdown(socket.SHUT_WR)", 'c.send(b"x")'),
    ("broken pipe sendall", "c, a = pair()\nc.shutdown(socket.SHUT_WR)", 'c.sendall(b"x")'),
    ("send unconnected", S, 's.send(b"x")'),
    ("address in use", "srv = listener()\n" + S, "s.bind(srv.getsockname())"),
    ("address not available", S, 's.bind(("192.0.2.1", 0))'),
    ("not connected recv", S, "s.recv(1)"),
    ("not connected getpeername", S, "s.getpeername()"),
    ("accept not listening", S, "s.accept()"),
    ("listen udp", "u = socket.socket(type=socket.SOCK_DGRAM)", "u.listen()"),
    ("shutdown unconnected", S, "s.shutdown(socket.SHUT_RDWR)"),
    ("nonblocking recv", "c, a = pair()\nc.setblocking(False)", "c.recv(10)"),
    ("nonblocking accept", "srv = listener()\nsrv.setblocking(False)", "srv.accept()"),
    ("nonblocking connect", "srv = listener()\n" + S + "\ns.setblocking(False)", "s.connect(srv.getsockname())"),
    ("nonblocking connect_ex", "srv = listener()\n" + S + "\ns.settimeout(0)", "s.connect_ex(srv.getsockname())"),
    ("connect twice", "c, a = pair()", "c.connect(a.getsockname())"),
    ("unix no such file", "u = socket.socket(socket.AF_UNIX)", 'u.connect("/nonexistent/netrepl.sock")'),
    ("unix path too long", "u = socket.socket(socket.AF_UNIX)", 'u.connect("/" + "x" * 200)'),
    ("family not supported", "", "socket.socket(99)"),
    ("protocol not supported", "", "socket.socket(socket.AF_INET, socket.SOCK_STREAM, 99)"),
    ("bad getsockopt", S, "s.getsockopt(socket.SOL_SOCKET, 9999)"),
    # names that do not resolve
    ("gethostbyname unresolvable", "", 'socket.gethostbyname("no-such-host.invalid")'),
    ("connect unresolvable", S, 's.connect(("no-such-host.invalid", 80))'),
    ("getaddrinfo unresolvable", "", 'socket.getaddrinfo("no-such-host.invalid", 80)'),
    ("create_connection unresolvable", "", 'socket.create_connection(("no-such-host.invalid", 80))'),
    ("getaddrinfo bad service", "", 'socket.getaddrinfo("localhost", "no-such-service")'),
    ("getaddrinfo empty host", "", 'socket.getaddrinfo("", 80)'),
    ("ipv6 literal on AF_INET", S, 's.connect(("::1", 80))'),
    ("ipv4 literal on AF_INET6", "s6 = socket.socket(socket.AF_INET6)", 's6.connect(("127.0.0.1", 80))'),
    # use after close
    ("closed recv", "s = closed()", "s.recv(1)"),
    ("closed recvfrom", "s = closed()", "s.recvfrom(1)"),
    ("closed send", "s = closed()", 's.send(b"x")'),
    ("closed sendall", "s = closed()", 's.sendall(b"x")'),
    ("closed sendto", "s = closed()", 's.sendto(b"x", ("127.0.0.1", 9))'),
    ("closed connect", "s = closed()", 's.connect(("127.0.0.1", 9))'),
    ("closed connect_ex", "s = closed()", 's.connect_ex(("127.0.0.1", 9))'),
    ("closed bind", "s = closed()", 's.bind(("127.0.0.1", 0))'),
    ("closed listen", "s = closed()", "s.listen()"),
    ("closed accept", "s = closed()", "s.accept()"),
    ("closed getsockname", "s = closed()", "s.getsockname()"),
    ("closed getpeername", "s = closed()", "s.getpeername()"),
    ("closed setsockopt", "s = closed()", "s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)"),
    ("closed getsockopt", "s = closed()", "s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR)"),
    ("closed shutdown", "s = closed()", "s.shutdown(socket.SHUT_RDWR)"),
    ("closed settimeout", "s = closed()", "s.settimeout(1)"),
    ("closed fileno", "s = closed()", "s.fileno()"),
    ("closed close", "s = closed()", "s.close()"),
    # wrong argument types and values
    ("sendall str", S, 's.sendall("text")'),
    ("send str", S, 's.send("text")'),
    ("sendto str", "u = socket.socket(type=socket.SOCK_DGRAM)", 'u.sendto("text", ("127.0.0.1", 9))'),
    ("sendto one argument", "u = socket.socket(type=socket.SOCK_DGRAM)", 'u.sendto(b"x")'),
    ("sendto four arguments", "u = socket.socket(type=socket.SOCK_DGRAM)", 'u.sendto(b"x", 0, ("127.0.0.1", 9), 1)'),
    ("sendto address str", "u = socket.socket(type=socket.SOCK_DGRAM)", 'u.sendto(b"x", "foo")'),
    ("recv negative", S, "s.recv(-1)"),
    ("recvfrom negative", S, "s.recvfrom(-1)"),
    ("recv str", S, 's.recv("x")'),
    ("recv float", S, "s.recv(1.5)"),
    ("connect str", S, 's.connect("x")'),
    ("connect list", S, 's.connect(["127.0.0.1", 80])'),
    ("connect None", S, "s.connect(None)"),
    ("connect one-tuple", S, 's.connect(("127.0.0.1",))'),
    ("connect three-tuple", S, 's.connect(("127.0.0.1", 80, 1))'),
    ("connect host int", S, "s.connect((1, 2))"),
    ("connect port str", S, 's.connect(("127.0.0.1", "80"))'),
    ("connect port float", S, 's.connect(("127.0.0.1", 80.0))'),
    ("connect port too big", S, 's.connect(("127.0.0.1", 70000))'),
    ("connect port negative", S, 's.connect(("127.0.0.1", -1))'),
    ("bind port too big", S, 's.bind(("127.0.0.1", 65536))'),
    ("ipv6 str", "s6 = socket.socket(socket.AF_INET6)", 's6.connect("::1")'),
    ("ipv6 one-tuple", "s6 = socket.socket(socket.AF_INET6)", 's6.connect(("::1",))'),
    ("ipv6 flowinfo", "s6 = socket.socket(socket.AF_INET6)", 's6.connect(("::1", 80, 1 << 21))'),
    ("unix tuple", "u = socket.socket(socket.AF_UNIX)", 'u.connect(("a", 1))'),
    ("unix int", "u = socket.socket(socket.AF_UNIX)", "u.connect(5)"),
    ("settimeout negative", S, "s.settimeout(-1)"),
    ("settimeout str", S, 's.settimeout("x")'),
    ("setdefaulttimeout negative", "", "socket.setdefaulttimeout(-1)"),
    ("listen str", S, 's.listen("x")'),
    ("setsockopt str", S, 's.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, "x")'),
    ("setsockopt None", S, "s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, None)"),
    ("setsockopt float", S, "s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1.5)"),
    ("getsockopt buflen", S, "s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 2000)"),
    ("shutdown str", S, 's.shutdown("x")'),
    ("create_connection one-tuple", "", 'socket.create_connection(("127.0.0.1",))'),
    ("create_connection three-tuple", "", 'socket.create_connection(("127.0.0.1", 1, 2))'),
    ("getaddrinfo port float", "", 'socket.getaddrinfo("localhost", 80.5)'),
    ("getaddrinfo host int", "", "socket.getaddrinfo(5, 80)"),
    ("gethostbyname int", "", "socket.gethostbyname(5)"),
    ("htons too big", "", "socket.htons(70000)"),
    ("htons negative", "", "socket.htons(-1)"),
    ("htons str", "", 'socket.htons("x")'),
    ("htonl too big", "", "socket.htonl(1 << 32)"),
    ("htonl negative", "", "socket.htonl(-1)"),
    ("inet_aton bad", "", 'socket.inet_aton("x")'),
    ("inet_aton five parts", "", 'socket.inet_aton("1.2.3.4.5")'),
    ("inet_aton leading space", "", 'socket.inet_aton(" 1.2.3.4")'),
    ("inet_aton bytes", "", 'socket.inet_aton(b"1.2.3.4")'),
    ("inet_ntoa short", "", 'socket.inet_ntoa(b"abc")'),
    ("inet_ntoa str", "", 'socket.inet_ntoa("abcd")'),
    ("inet_pton bad", "", 'socket.inet_pton(socket.AF_INET, "x")'),
    ("inet_pton v6 bad", "", 'socket.inet_pton(socket.AF_INET6, "1.2.3.4")'),
    ("inet_pton family", "", 'socket.inet_pton(99, "x")'),
    ("inet_ntop short", "", 'socket.inet_ntop(socket.AF_INET6, b"1")'),
    ("inet_ntop family", "", 'socket.inet_ntop(99, b"1234")'),
    # values, for the conversions (reprs common to Python and Starlark)
    ("htons", "", "socket.htons(1)"),
    ("ntohl", "", "socket.ntohl(1)"),
    ("inet_aton short form", "", 'socket.inet_aton("127.1") == b"\\x7f\\x00\\x00\\x01"'),
    ("inet_aton hex", "", 'socket.inet_aton("0x7f.1") == b"\\x7f\\x00\\x00\\x01"'),
    ("inet_aton one number", "", 'socket.inet_aton("4294967295") == b"\\xff\\xff\\xff\\xff"'),
    ("inet_aton trailing text", "", 'socket.inet_aton("1.2.3.4 junk") == b"\\x01\\x02\\x03\\x04"'),
    ("inet_ntop compat", "", "socket.inet_ntop(socket.AF_INET6, b\"\\x00\" * 12 + b\"\\x01\\x02\\x03\\x04\") == \"::1.2.3.4\""),
    ("inet_ntop mapped", "", "socket.inet_pton(socket.AF_INET6, \"::ffff:1.2.3.4\") == b\"\\x00\" * 10 + b\"\\xff\\xff\\x01\\x02\\x03\\x04\""),
    ("gethostbyname localhost", "", 'socket.gethostbyname("localhost") == "127.0.0.1"'),
    ("gethostbyname empty", "", 'socket.gethostbyname("") == "0.0.0.0"'),
    ("getaddrinfo numeric", "", 'len(socket.getaddrinfo("127.0.0.1", "80", socket.AF_INET, socket.SOCK_STREAM))'),
    ("getaddrinfo all types", "", 'len(socket.getaddrinfo("127.0.0.1", 80))'),
    ("getblocking timeout", S + "\ns.settimeout(2)", "s.getblocking()"),
    ("gettimeout", S + "\ns.settimeout(2)", "s.gettimeout()"),
    ("getsockopt int", S + "\ns.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)", "s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR)"),
    ("getsockopt bytes", S + "\ns.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)", 's.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 4) == b"\\x01\\x00\\x00\\x00"'),
    ("recv zero", "c, a = pair()", "len(c.recv(0))"),
]


# repr(socket), as python3 3.11 prints it; fd=N stands for the descriptor.
REPRS = [
    ("", "socket.socket()"),
    ("", "socket.socket(socket.AF_INET6)"),
    ("", "socket.socket(type=socket.SOCK_DGRAM)"),
    ("", "socket.socket(socket.AF_UNIX)"),
    ("", "closed()"),
    ('s = socket.socket()\ns.bind(("127.0.0.1", 0))\ns.close()', "s"),
    ('s = socket.socket(socket.AF_INET6)\ns.bind(("::1", 0))\nport = s.getsockname()[1]\ns.close()\ns = socket.socket(socket.AF_INET6)\ns.bind(("::1", port))', "s"),
    ('s = socket.socket(socket.AF_UNIX)\ns.bind("\\x00netrepl-repr-test")', "s"),
]


def main():
    out = []
    for name, setup, expr in CASES:
        g = {"socket": socket}
        exec(PRELUDE, g)
        exec(setup, g)
        case = {"name": name, "setup": setup, "expr": expr}
        try:
            case["value"] = repr(eval(expr, g))
        except Exception as e:
            typ = type(e).__name__
            if isinstance(e, socket.gaierror):
                typ = "socket.gaierror"
            case["type"] = typ
            case["errno"] = e.errno if isinstance(e, OSError) and isinstance(e.errno, int) else None
            case["message"] = str(e)
        out.append(case)
    reprs = []
    for setup, expr in REPRS:
        g = {"socket": socket}
        exec(PRELUDE, g)
        exec(setup, g)
        text = re.sub(r"fd=\d+", "fd=N", repr(eval(expr, g)))
        if "port" in g:
            text = text.replace(str(g["port"]), "PORT")
        reprs.append({"setup": setup, "expr": expr, "repr": text})
    json.dump({"prelude": PRELUDE, "cases": out, "reprs": reprs}, sys.stdout, indent=1)
    sys.stdout.write("\n")


main()
