package socket_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"go.starlark.net/starlark"

	"netrepl/builtins/pyerr"
	"netrepl/builtins/rt"
	"netrepl/builtins/socket"
	"netrepl/internal/startest"
)

// call calls method name of v on a thread of its own, as a threading.Thread
// or a socketserver handler would.
func call(s *script, v starlark.Value, name string, args ...starlark.Value) (starlark.Value, error) {
	thread := &starlark.Thread{Name: name}
	rt.SetSession(thread, s.sess)
	rt.SetContext(thread, s.sess.Ctx)
	m, err := v.(starlark.HasAttrs).Attr(name)
	if err != nil {
		return nil, err
	}
	return starlark.Call(thread, m, args, nil)
}

// A socket is shared by threads: one receives while another sends, and a
// third closes it under a blocked recv, which then fails with EBADF.
// Run with -race.
func TestConcurrentUse(t *testing.T) {
	s := newScript()
	defer s.sess.Close()
	if err := s.exec(context.Background(), `
srv = listen(0)
c = connect("127.0.0.1", srv.getsockname()[1])
a = srv.accept()[0]
`); err != nil {
		t.Fatal(describe(err))
	}
	c, a := s.globals["c"], s.globals["a"]
	const n = 200
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		for i := 0; i < n; i++ {
			if _, err := call(s, a, "sendall", starlark.Bytes("0123456789")); err != nil {
				t.Error(describe(err))
				return
			}
		}
	}()
	go func() {
		defer wg.Done()
		got := 0
		for got < n*10 {
			v, err := call(s, c, "recv", starlark.MakeInt(1000))
			if err != nil {
				t.Error(describe(err))
				return
			}
			got += len(v.(starlark.Bytes))
			call(s, c, "getsockname") // and meanwhile other methods
			_ = c.String()
		}
	}()
	wg.Wait()

	done := make(chan error, 1)
	go func() {
		_, err := call(s, c, "recv", starlark.MakeInt(10))
		done <- err
	}()
	time.Sleep(50 * time.Millisecond)
	if _, err := call(s, c, "close"); err != nil {
		t.Fatal(describe(err))
	}
	select {
	case err := <-done:
		if e := pyerr.Classify(err); e.Errno != 9 {
			t.Errorf("recv on a socket closed meanwhile: %s, want [Errno 9]", describe(err))
		}
	case <-time.After(5 * time.Second):
		t.Fatal("recv still blocked 5 s after close")
	}
}

// SetTrace is netrepl --trace: on with a writer, off with nil.
func TestSetTrace(t *testing.T) {
	s := newScript()
	defer s.sess.Close()
	var trace startest.Buffer
	socket.SetTrace(s.sess, &trace)
	if err := s.exec(context.Background(), `
srv = listen(0)
c = connect("127.0.0.1", srv.getsockname()[1])
a = srv.accept()[0]
c.sendall(b"hello")
a.recv(10)
`); err != nil {
		t.Fatal(describe(err))
	}
	lines := strings.Split(trace.String(), "\n")
	if len(lines) != 7 || !strings.HasPrefix(lines[0], "> 127.0.0.1:") || !strings.HasSuffix(lines[0], " 5 bytes") ||
		lines[1] != "00000000  68 65 6c 6c 6f                                    |hello|" || lines[2] != "00000005" ||
		!strings.HasPrefix(lines[3], "< 127.0.0.1:") {
		t.Errorf("trace:\n%s", trace.String())
	}
	socket.SetTrace(s.sess, nil)
	if err := s.exec(context.Background(), `c.sendall(b"x")
a.recv(10)`); err != nil {
		t.Fatal(describe(err))
	}
	if len(strings.Split(trace.String(), "\n")) != 7 {
		t.Errorf("traced after SetTrace(nil):\n%s", trace.String())
	}
	if s.stderr.String() != "" {
		t.Errorf("stderr: %q", s.stderr.String())
	}
}

// Two threads wait on one socket; Ctrl-C of one (its chunk's context)
// interrupts that one only: the other keeps waiting and gets the data.
func TestCancelOneOfTwoWaiters(t *testing.T) {
	s := newScript()
	defer s.sess.Close()
	if err := s.exec(context.Background(), `
srv = listen(0)
c = connect("127.0.0.1", srv.getsockname()[1])
a = srv.accept()[0]
`); err != nil {
		t.Fatal(describe(err))
	}
	background := make(chan error, 1)
	go func() {
		v, err := call(s, s.globals["c"], "recv", starlark.MakeInt(10))
		if err == nil && string(v.(starlark.Bytes)) != "data" {
			t.Errorf("background recv: %s", v)
		}
		background <- err
	}()
	ctx, cancel := context.WithCancel(context.Background())
	foreground := make(chan error, 1)
	go func() { foreground <- s.exec(ctx, `c.recv(10)`) }()
	time.Sleep(50 * time.Millisecond)
	cancel()
	select {
	case err := <-foreground:
		if e := pyerr.Classify(err); e.Type != "KeyboardInterrupt" {
			t.Errorf("foreground: %s, want KeyboardInterrupt", describe(err))
		}
	case <-time.After(5 * time.Second):
		t.Fatal("foreground recv not interrupted")
	}
	select {
	case err := <-background:
		t.Fatalf("background recv returned on the other's Ctrl-C: %s", describe(err))
	case <-time.After(100 * time.Millisecond):
	}
	if _, err := call(s, s.globals["a"], "sendall", starlark.Bytes("data")); err != nil {
		t.Fatal(describe(err))
	}
	select {
	case err := <-background:
		if err != nil {
			t.Errorf("background recv: %s", describe(err))
		}
	case <-time.After(5 * time.Second):
		t.Fatal("background recv got nothing")
	}
}
