package repl

import (
	"strings"
	"testing"
	"time"
)

// Ctrl-C raises KeyboardInterrupt into the blocking call; the script's
// except KeyboardInterrupt catches it and goes on, and its later blocking
// calls are not cancelled by the interrupt it caught (a fresh context);
// a second Ctrl-C interrupts again, and an uncaught one ends the chunk
// within 200 ms.
func TestExceptKeyboardInterrupt(t *testing.T) {
	var out, errs lockedBuffer
	s := New(&out, &errs, nil)
	defer s.Close()
	src := `
import socket
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()
try:
    print("ready 1")
    srv.accept()
except Exception:
    print("not here")
except KeyboardInterrupt:
    print("caught 1")
srv.settimeout(0.05)
try:
    srv.accept()
except socket.timeout:
    print("timeout after the catch")
srv.settimeout(None)
try:
    print("ready 2")
    srv.accept()
except KeyboardInterrupt:
    print("caught 2")
print("ready 3")
srv.accept()
print("not reached")
`
	done := make(chan error, 1)
	go func() { done <- s.Exec("t.py", []byte(src), EchoNone) }()
	wait := func(want string) {
		t.Helper()
		for deadline := time.Now().Add(5 * time.Second); !strings.Contains(string(out.Bytes()), want); {
			if time.Now().After(deadline) {
				t.Fatalf("no %q in %q (stderr %q)", want, string(out.Bytes()), string(errs.Bytes()))
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	interrupt := func() {
		t.Helper()
		time.Sleep(50 * time.Millisecond) // let it block (it is inside the try already)
		// a script runs statement by statement: between two, no chunk runs
		for deadline := time.Now().Add(5 * time.Second); !s.Interrupt(); time.Sleep(10 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatal("Interrupt: no chunk running")
			}
		}
	}
	wait("ready 1")
	interrupt()
	wait("caught 1")
	wait("timeout after the catch")
	wait("ready 2")
	interrupt()
	wait("caught 2")
	wait("ready 3")
	interrupt()
	start := time.Now()
	select {
	case err := <-done:
		t.Logf("uncaught KeyboardInterrupt ended the chunk %v after Ctrl-C", time.Since(start))
		if err == nil || !strings.Contains(s.FormatError(err), "KeyboardInterrupt") {
			t.Errorf("chunk ended with %v, want KeyboardInterrupt", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("uncaught KeyboardInterrupt did not end the chunk")
	}
	if strings.Contains(string(out.Bytes()), "not") {
		t.Errorf("stdout %q", string(out.Bytes()))
	}
}

// An uncaught exception raised while handling another prints CPython's
// chain: the first from the frame that caught it, then "During handling"
// (or, for raise ... from, "The above exception was the direct cause"),
// then the second.
func TestExceptionChainReport(t *testing.T) {
	for _, tc := range []struct{ raise, link string }{
		{"raise ValueError('bad')", "During handling of the above exception, another exception occurred:"},
		{"raise ValueError('bad') from e", "The above exception was the direct cause of the following exception:"},
	} {
		_, errs := run(t, "def f():\n    try:\n        {}['k']\n    except KeyError as e:\n        "+tc.raise+"\nf()")
		want := "Traceback (most recent call last):\n  <stdin>:3:11: in f\n    {}['k']\nKeyError: 'k'\n\n" + tc.link + "\n\n" +
			"Traceback (most recent call last):\n  <stdin>:6:2: in <toplevel>\n    f()\n  <stdin>:5:9: in f\n    " + tc.raise + "\nValueError: bad\n"
		if !strings.Contains(errs, want) {
			t.Errorf("%q:\n%s\nwant\n%s", tc.raise, errs, want)
		}
	}
	// raise ... from None: no chain
	_, errs := run(t, "try:\n    {}['k']\nexcept KeyError:\n    raise ValueError('clean') from None")
	if strings.Contains(errs, "KeyError") || !strings.Contains(errs, "ValueError: clean") {
		t.Errorf("from None:\n%s", errs)
	}
}
