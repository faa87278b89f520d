package socket_test

import (
	"context"
	"runtime"
	"strings"
	"testing"

	"go.starlark.net/starlark"
)

// What a Python socket allows, in Python's order, and the module
// functions: each script prints True for each check.
func TestPythonSemantics(t *testing.T) {
	for _, tc := range []struct{ name, src string }{
		{"setsockopt before bind, bind+listen split, getsockopt", `
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.bind(("", 0))
print(srv.getsockname()[0] == "0.0.0.0")
srv.listen()
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE) == socket.SOCK_STREAM)
print(srv.family == socket.AF_INET, srv.type == socket.SOCK_STREAM, srv.proto == 0)
`},
		// CPython 3.11 prints [111, 111, 111, 111], then 0 True, then
		// [111, 103, 111, 103] (a timeout socket reads SO_ERROR).
		{"connect again after a refusal", `
free = socket.socket()
free.bind(("127.0.0.1", 0))
refused = free.getsockname()
s = socket.socket()
print([s.connect_ex(refused) for i in range(4)] == [111, 111, 111, 111])
srv = listen(0)
print(s.connect_ex(srv.getsockname()) == 0, s.getpeername() == srv.getsockname())
t = socket.socket()
t.settimeout(5)
print([t.connect_ex(refused) for i in range(4)] == [111, 103, 111, 103])
`},
		{"bind before connect", `
srv = listen(0)
c = socket.socket()
c.bind(("127.0.0.1", 0))
mine = c.getsockname()
c.connect(("localhost", srv.getsockname()[1]))
a, addr = srv.accept()
print(addr == mine, a.getpeername() == mine, c.getpeername() == srv.getsockname())
print(c.fileno() > 2, c.fileno() != a.fileno())
`},
		{"shutdown, EOF, MSG_PEEK, send", `
srv = listen(0)
c = connect("127.0.0.1", srv.getsockname()[1])
a = srv.accept()[0]
print(c.send(b"abc") == 3)
print(a.recv(10, socket.MSG_PEEK) == b"abc", a.recv(10) == b"abc")
c.shutdown(socket.SHUT_WR)
print(a.recv(10) == b"")
a.sendall(b"still open")
print(c.recv(100) == b"still open")
`},
		{"timeouts", `
s = socket.socket()
print(s.gettimeout() == None, s.getblocking(), s.timeout == None)
s.settimeout(1.5)
print(s.gettimeout() == 1.5, s.getblocking())
s.setblocking(False)
print(s.gettimeout() == 0.0, not s.getblocking())
s.setblocking(True)
print(s.gettimeout() == None)
socket.setdefaulttimeout(2)
print(socket.getdefaulttimeout() == 2.0, socket.socket().gettimeout() == 2.0)
srv = listen(0)
c = connect("127.0.0.1", srv.getsockname()[1])
print(c.gettimeout() == 2.0, srv.accept()[0].gettimeout() == 2.0)
socket.setdefaulttimeout(None)
print(socket.getdefaulttimeout() == None)
c = socket.create_connection(("127.0.0.1", srv.getsockname()[1]), 3)
print(c.gettimeout() == 3.0)
c = connect("localhost", srv.getsockname()[1], timeout=0.5)
print(c.gettimeout() == 0.5)
`},
		{"create_connection source_address, create_server", `
srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]
src = socket.socket()
src.bind(("127.0.0.1", 0))
sport = src.getsockname()[1]
src.close()
c = socket.create_connection(("127.0.0.1", port), source_address=("127.0.0.1", sport))
print(c.getsockname() == ("127.0.0.1", sport))
r = catch(socket.create_server, ("127.0.0.1", port))
print(r.error.type == "OSError", r.error.errno == socket.EADDRINUSE)
print(r.error.message == "[Errno 98] Address already in use (while attempting to bind on address ('127.0.0.1', %d))" % port)
print(str(r.error) == "OSError: " + r.error.message, r.error.op == "")
six = socket.create_server(("::", 0), family=socket.AF_INET6, dualstack_ipv6=True)
c4 = connect("127.0.0.1", six.getsockname()[1])
a, addr = six.accept()
print(addr[0] == "::ffff:127.0.0.1", len(addr) == 4)
print(catch(socket.create_server, ("127.0.0.1", 0), dualstack_ipv6=True).error.message == "dualstack_ipv6 requires AF_INET6 family")
`},
		{"UDP: connected send/recv, recvfrom truncates, udp shortcut", `
u = udp(("127.0.0.1", 0))
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
v.connect(u.getsockname())
print(v.send(b"0123456789") == 10)
data, addr = u.recvfrom(4)
print(data == b"0123", addr == v.getsockname())
u.sendto(b"back", addr)
print(v.recv(100) == b"back")
w = udp(0)
print(w.getsockname()[0] == "127.0.0.1", w.type == socket.SOCK_DGRAM)
`},
		{"bytes are Python's on the wire: bytearray sent, ints read", `
srv = listen(0)
c = connect("127.0.0.1", srv.getsockname()[1])
a = srv.accept()[0]
pkt = bytearray(4)
pkt[0] = 0x45
pkt[2:4] = (1500).to_bytes(2, "big")
print(c.send(pkt) == 4)
c.sendall(bytearray(b"!!"))
data = a.recv(6)
print(data == b"\x45\x00\x05\xdc!!", data[0] & 0x0f == 5, data[0] >> 4 == 4)
print(int.from_bytes(data[2:4], "big") == 1500, [b for b in data[4:]] == [33, 33])
u = udp(("127.0.0.1", 0))
v = udp(("127.0.0.1", 0))
print(v.sendto(bytearray(b"dg"), u.getsockname()) == 2, list(u.recvfrom(10)[0]) == [100, 103])
c.send(b"hello")
buf = bytearray(b"..........")
print(a.recv_into(buf, 3) == 3, buf == b"hel.......")
print(a.recv_into(buf) == 2, buf == b"lol.......", a.recv_into(bytearray()) == 0)
v.sendto(b"abc", u.getsockname())
small = bytearray(2)
n, sender = u.recvfrom_into(small)
print(n == 2, small == b"ab", sender == v.getsockname())
print(catch(a.recv_into, b"xx").error.message.startswith("recv_into() argument 1 must be read-write bytes-like object, not bytes"))
print(catch(a.recv_into, bytearray(2), 5).error.message.startswith("buffer too small for requested bytes"))
r = catch(c.send, [1, 2])
print(r.error.type == "TypeError", "a bytes-like object is required, not 'list'" in r.error.message)
`},
		{"IPv6 and Unix addresses", `
srv = listen(0, host="::1")
print(srv.family == socket.AF_INET6)
c = socket.socket(socket.AF_INET6)
c.connect(("::1", srv.getsockname()[1]))
a, addr = srv.accept()
print(addr == c.getsockname(), addr[0] == "::1", len(addr) == 4)
u = socket.socket(socket.AF_UNIX)
u.bind("\0netrepl-test-abstract")
print(u.getsockname() == b"\0netrepl-test-abstract")
`},
		{"conversions and names", `
print(socket.htons(0x1234) == 0x3412, socket.ntohs(0x3412) == 0x1234)
print(socket.htonl(0x12345678) == 0x78563412, socket.ntohl(1) == 16777216)
print(socket.inet_aton("127.0.0.1") == b"\x7f\x00\x00\x01", socket.inet_ntoa(b"\x7f\x00\x00\x01") == "127.0.0.1")
print(socket.inet_ntop(socket.AF_INET6, socket.inet_pton(socket.AF_INET6, "2001:db8::1")) == "2001:db8::1")
print(socket.getaddrinfo("localhost", "http", socket.AF_INET, socket.SOCK_STREAM) == [(2, 1, 6, "", ("127.0.0.1", 80))])
print(len(socket.getaddrinfo(None, 80, 0, socket.SOCK_STREAM, 0, socket.AI_PASSIVE)) == 2)
print(socket.getaddrinfo("::1", 53, socket.AF_INET6, socket.SOCK_DGRAM) == [(10, 2, 17, "", ("::1", 53, 0, 0))])
print(socket.gethostbyname("127.0.0.1") == "127.0.0.1", len(socket.gethostname()) > 0)
print(socket.SOL_SOCKET == 1, socket.SO_REUSEADDR == 2, socket.ECONNREFUSED == 111, socket.SHUT_RDWR == 2)
`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := mustRun(t, tc.src)
			if strings.Contains(out, "False") || !strings.Contains(out, "True") {
				t.Errorf("output:\n%s", out)
			}
		})
	}
}

// recv(n) with a huge n allocates what arrived, not n bytes.
func TestHugeRecvDoesNotAllocate(t *testing.T) {
	s := newScript()
	defer s.sess.Close()
	if err := s.exec(context.Background(), `
srv = listen(0)
c = connect("127.0.0.1", srv.getsockname()[1])
a = srv.accept()[0]
u = udp(("127.0.0.1", 0))
`); err != nil {
		t.Fatal(describe(err))
	}
	for _, tc := range []struct {
		sock, send, method string
		sendArgs           []starlark.Value
	}{
		{"c", "a", "recv", []starlark.Value{starlark.Bytes("hello")}},
		{"u", "u", "recvfrom", []starlark.Value{starlark.Bytes("hello"), nil}},
	} {
		if tc.sendArgs[len(tc.sendArgs)-1] == nil {
			addr, _ := call(s, s.globals["u"], "getsockname")
			tc.sendArgs[len(tc.sendArgs)-1] = addr
			if _, err := call(s, s.globals[tc.send], "sendto", tc.sendArgs...); err != nil {
				t.Fatal(describe(err))
			}
		} else if _, err := call(s, s.globals[tc.send], "sendall", tc.sendArgs...); err != nil {
			t.Fatal(describe(err))
		}
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		v, err := call(s, s.globals[tc.sock], tc.method, starlark.MakeInt(1<<30))
		runtime.ReadMemStats(&after)
		if err != nil {
			t.Fatal(describe(err))
		}
		if !strings.Contains(v.String(), "hello") {
			t.Errorf("%s(1 << 30) = %s", tc.method, v)
		}
		if n := after.TotalAlloc - before.TotalAlloc; n > 1<<20 {
			t.Errorf("%s(1 << 30) allocated %d bytes", tc.method, n)
		}
	}
}
