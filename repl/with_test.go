package repl

import (
	"strings"
	"testing"
)

func TestWithRewrite(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"with socket.socket() as s:\n    pass\n", "for s in __with__(socket.socket()):\n    pass\n"},
		{"  with lock:  # c\n", "  for _ in __with__(lock):  # c\n"},
		{"with A(1, 2) as a, B[0] as b: f()\n", "for (a, b) in __with__(A(1, 2), B[0]): f()\n"},
		{"with d[\"k:v\"] as x:\n", "for x in __with__(d[\"k:v\"]):\n"},
		{"withdraw = 1\nwith_x = 2\n", "withdraw = 1\nwith_x = 2\n"},
		{"s = \"\"\"\nwith x:\n\"\"\"\n", "s = \"\"\"\nwith x:\n\"\"\"\n"},
		{"f(a,\n  with)\n", "f(a,\n  with)\n"},
	} {
		if got := string(rewriteWith([]byte(tc.in))); got != tc.want {
			t.Errorf("%q -> %q, want %q", tc.in, got, tc.want)
		}
	}
}

// with as Python's: sockets closed, servers closed, locks released, at
// the block's end, its return and its error; CPython 3.11 prints the
// same lines (with its own reprs).
func TestWithStatement(t *testing.T) {
	out, errs := run(t, `srv = socket.create_server(("127.0.0.1", 0))
with socket.create_connection(srv.getsockname()) as c, srv.accept()[0] as a:
    c.sendall(b"hi")
    print(a.recv(10))
print(c.fileno(), a.fileno())
lock = threading.Lock()
with lock as held:
    print("locked", lock.locked(), held)
print("after", lock.locked())
def f():
    with lock: return lock.locked()
print(f(), lock.locked())
def g():
    with lock:
        fail("boom")
print(catch(g).error.message, lock.locked())
with socketserver.TCPServer(("127.0.0.1", 0), lambda r, a, s: None) as server:
    port = server.server_address[1]
print(catch(socket.create_connection, ("127.0.0.1", port)).error.type)
with 1 as x:
    pass
`)
	want := "b\"hi\"\n-1 -1\nlocked True True\nafter False\nTrue False\nboom False\nConnectionRefusedError\n"
	if out != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", out, want)
	}
	if !strings.Contains(errs, "TypeError: 'int' object does not support the context manager protocol") {
		t.Errorf("stderr: %s", errs)
	}
}
