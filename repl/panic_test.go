package repl

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"go.starlark.net/starlark"
)

// TestPanicIsInternalError: a Go panic inside a builtin, in a chunk, a
// thread or a socketserver handler, is an error that says it is an
// internal error to report (with the panic's value, not a Go stack); the
// session and the process go on.
func TestPanicIsInternalError(t *testing.T) {
	var out, errs bytes.Buffer
	s := New(&out, &errs, nil)
	defer s.Close()
	s.predeclared["boom"] = starlark.NewBuiltin("boom", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
		var m map[string]int
		m["x"] = 1 // assignment to entry in nil map
		return starlark.None, nil
	})
	exec := func(src string) string {
		t.Helper()
		if err := s.Exec("<stdin>", []byte(src), EchoAll); err != nil {
			return s.FormatError(err)
		}
		return ""
	}
	got := exec("def f():\n    boom()\nf()")
	for _, want := range []string{
		"Traceback (most recent call last):\n",
		"<stdin>:3:2: in <toplevel>",
		"<stdin>:2:9: in f",
		"SystemError: internal error: assignment to entry in nil map (a bug in netrepl: please report it)\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("chunk: no %q in\n%s", want, got)
		}
	}
	if strings.Contains(got, "goroutine") || strings.Contains(got, ".go:") {
		t.Errorf("a Go stack in front of the user:\n%s", got)
	}
	if got := exec("print(1 + 1)"); got != "" || out.String() != "2\n" {
		t.Fatalf("the session did not survive: %q, stdout %q", got, out.String())
	}

	// A thread whose target panics reports it as Python's excepthook
	// does; the main thread goes on.
	errs.Reset()
	if got := exec("t = threading.Thread(target=boom)\nt.start()\nt.join()\nprint('after')"); got != "" {
		t.Fatalf("thread: %s", got)
	}
	if e := errs.String(); !strings.Contains(e, "Exception in thread") || !strings.Contains(e, "SystemError: internal error: assignment to entry in nil map") {
		t.Errorf("thread's report: %q", e)
	}

	// A socketserver handler that panics: handle_error reports it, the
	// server serves the next request.
	errs.Reset()
	out.Reset()
	src := `
calls = []
def handler(request, client_address, server):
    calls.append(1)
    if len(calls) == 1:
        boom()
    request.sendall(b"ok")
srv = socketserver.TCPServer(("127.0.0.1", 0), handler)
port = srv.server_address[1]
t = threading.Thread(target=srv.serve_forever)
t.start()
for i in range(2):
    c = socket.create_connection(("127.0.0.1", port), 5)
    c.settimeout(5)
    print(c.recv(10))
    c.close()
srv.shutdown()
t.join()
srv.server_close()
`
	done := make(chan string, 1)
	go func() { done <- exec(src) }()
	select {
	case got := <-done:
		if got != "" {
			t.Fatalf("server: %s", got)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("server: no answer")
	}
	if e := errs.String(); !strings.Contains(e, "SystemError: internal error: assignment to entry in nil map") {
		t.Errorf("handler's report: %q", e)
	}
	if !strings.HasSuffix(out.String(), "ok\"\n") && !strings.HasSuffix(out.String(), "ok'\n") {
		t.Errorf("stdout %q: the server did not serve the second request", out.String())
	}
}

// TestWithEmptyParens: "with ():" ended the process with a Go panic in
// the with rewrite (issue 10); it is an error of the chunk.
func TestWithEmptyParens(t *testing.T) {
	for _, src := range []string{"with ():\n    pass", "with ( ):\n    pass"} {
		out, errs := run(t, src, "print(2)")
		if out != "2\n" || !strings.Contains(errs, "Error") {
			t.Errorf("%q: stdout %q, stderr %q", src, out, errs)
		}
	}
}
