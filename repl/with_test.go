package repl

import (
	"io"
	"strings"
	"testing"

	"go.starlark.net/starlark"
)

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
	want := "b'hi'\n-1 -1\nlocked True True\nafter False\nTrue False\nboom False\nConnectionRefusedError\n"
	if out != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", out, want)
	}
	if !strings.Contains(errs, "TypeError: 'int' object does not support the context manager protocol") {
		t.Errorf("stderr: %s", errs)
	}
}

// break and continue in a with act on the loop around it; items are
// entered in order, each seeing the names bound before it; _ is kept.
// CPython 3.11 prints the same lines.
func TestWithFlow(t *testing.T) {
	out, errs := run(t, `for port in [1, 2, 3]:
    with socket.socket() as s:
        if port == 2:
            continue
    print("scanned", port)
lock = threading.Lock()
n = 0
while True:
    n += 1
    with lock:
        if n == 2:
            break
        if n > 5:
            break
print("n =", n, lock.locked())
def f():
    for i in range(5):
        with lock, socket.socket() as s2:
            if i == 1:
                return i, lock.locked()
print(f(), lock.locked())
with socket.create_server(("127.0.0.1", 0)) as srv, socket.create_connection(srv.getsockname()) as c:
    print("chained", c.getpeername() == srv.getsockname())
print(srv.fileno(), c.fileno())
6 * 7
with lock:
    pass
print(_)
`, "with lock:\n    break")
	want := "scanned 1\nscanned 3\nn = 2 False\n(1, True) False\nchained True\n-1 -1\n42\n42\n"
	if out != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", out, want)
	}
	// CPython's wording is the "errors" helper's; either is a SyntaxError at the break.
	if !strings.Contains(errs, "SyntaxError: 'break' outside loop") && !strings.Contains(errs, "<stdin>:2:5: SyntaxError: break not in a loop") {
		t.Errorf("stderr: %s", errs)
	}
}

// closer is a context manager whose exit calls its close(), which
// records that it was closed.
type closer struct {
	name string
	log  *[]string
}

func (c *closer) String() string                                 { return c.name }
func (c *closer) Type() string                                   { return "closer" }
func (c *closer) Freeze()                                        {}
func (c *closer) Truth() starlark.Bool                           { return true }
func (c *closer) Hash() (uint32, error)                          { return 0, nil }
func (c *closer) AttrNames() []string                            { return []string{"close"} }
func (c *closer) Enter(*starlark.Thread) (starlark.Value, error) { return c, nil }
func (c *closer) Exit(thread *starlark.Thread, _ error) error {
	close, _ := c.Attr("close")
	_, err := starlark.Call(thread, close, nil, nil)
	return err
}
func (c *closer) Attr(name string) (starlark.Value, error) {
	if name != "close" {
		return nil, nil
	}
	return starlark.NewBuiltin("close", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
		*c.log = append(*c.log, c.name)
		return starlark.None, nil
	}), nil
}

// Nested withs are left innermost first, however they end, as in Python.
func TestWithLeavesInnermostFirst(t *testing.T) {
	var log []string
	s := New(io.Discard, io.Discard, nil)
	defer s.Close()
	for _, n := range []string{"a", "b", "c"} {
		s.Globals.Set(n, &closer{name: n, log: &log})
	}
	for _, src := range []string{
		"with a:\n    with b, c:\n        pass\n",
		"def f():\n    with a:\n        with b:\n            with c:\n                fail('x')\ncatch(f)\n",
	} {
		log = nil
		if err := s.Exec("<t>", []byte(src), EchoNone); err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(log, " "); got != "c b a" {
			t.Errorf("%q left %q, want \"c b a\"", src, got)
		}
	}
}

// contextlib.closing(x) enters as x and closes it at the end; a value
// without close() fails at the end, as in Python.
func TestWithClosing(t *testing.T) {
	out, errs := run(t, `from contextlib import closing
s = socket.socket()
with closing(s) as c:
    print(c == s, s.fileno() >= 0)
print(s.fileno())
with closing(1):
    print("body")
`)
	if want := "True True\n-1\nbody\n"; out != want {
		t.Errorf("stdout %q, want %q", out, want)
	}
	if !strings.Contains(errs, "AttributeError: 'int' object has no attribute 'close'") {
		t.Errorf("stderr %q", errs)
	}
}
