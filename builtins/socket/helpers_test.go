package socket_test

import (
	"context"
	"net"
	"testing"
	"time"

	"go.starlark.net/starlark"

	"netrepl/builtins"
	"netrepl/builtins/pyerr"
	"netrepl/builtins/rt"
	"netrepl/internal/startest"
)

// script is one Starlark run in a session of its own, as netrepl runs a
// file.
type script struct {
	sess           *rt.Session
	stdout, stderr *startest.Buffer
	globals        starlark.StringDict
}

func newScript(argv ...string) *script {
	s := &script{stdout: new(startest.Buffer), stderr: new(startest.Buffer)}
	s.sess = rt.NewSession(s.stdout, s.stderr, append([]string{"t.star"}, argv...))
	s.globals = starlark.StringDict{}
	return s
}

// exec runs src (one chunk) with the chunk context ctx, keeping globals
// across calls as the REPL does.
func (s *script) exec(ctx context.Context, src string) error {
	thread := &starlark.Thread{Name: "main", Print: rt.Print}
	rt.SetSession(thread, s.sess)
	rt.SetContext(thread, ctx)
	stop := context.AfterFunc(ctx, func() { thread.Cancel("interrupted") })
	defer stop()
	u := starlark.StringDict{}
	for k, v := range builtins.Universe(s.sess) {
		u[k] = v
	}
	for k, v := range s.globals {
		u[k] = v
	}
	thread.Import = builtins.Importer(u)
	g, err := starlark.ExecFileOptions(startest.Dialect, thread, "t.star", src, u)
	for k, v := range g {
		s.globals[k] = v
	}
	return err
}

// run runs src in a new session and closes it.
func run(t *testing.T, src string, argv ...string) (stdout, stderr string, err error) {
	t.Helper()
	s := newScript(argv...)
	defer s.sess.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	err = s.exec(ctx, src)
	return s.stdout.String(), s.stderr.String(), err
}

// mustRun runs src and fails the test on error.
func mustRun(t *testing.T, src string, argv ...string) string {
	t.Helper()
	out, errOut, err := run(t, src, argv...)
	if err != nil {
		t.Fatalf("script failed: %s\nstdout:\n%s\nstderr:\n%s", describe(err), out, errOut)
	}
	return out
}

// describe is an error as netrepl prints it: "Type: message (op)".
func describe(err error) string {
	if err == nil {
		return "<nil>"
	}
	return pyerr.Classify(err).Error()
}

// freePort returns a loopback port nothing listens on (for a script that
// binds a fixed port, as the notebook's cells do).
func freePort(t *testing.T, network, addr string) int {
	t.Helper()
	l, err := net.Listen(network, addr)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// dialRetry dials addr until something listens there (a script that is
// about to listen), for up to 5 s.
func dialRetry(t *testing.T, network, addr string) net.Conn {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		c, err := net.DialTimeout(network, addr, time.Second)
		if err == nil {
			return c
		}
		if time.Now().After(deadline) {
			t.Fatalf("dial %s %s: %v", network, addr, err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
