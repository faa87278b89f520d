package socketserver_test

import (
	"context"
	"net"
	"os"
	"strconv"
	"testing"
	"time"

	"netrepl/builtins/rt"
	"netrepl/internal/startest"
)

// failAfter bounds every wait: a failure timeout, not a measurement.
const failAfter = 10 * time.Second

// running is a script running in its own session until it ends or is
// interrupted (as Ctrl-C does).
type running struct {
	s      *startest.Session
	cancel context.CancelFunc
	done   chan error
}

// start runs testdata/name with argv in a goroutine.
func start(t *testing.T, name string, argv ...string) *running {
	t.Helper()
	src, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	s := startest.New(t, append([]string{name}, argv...)...)
	ctx, cancel := context.WithCancel(context.Background())
	rt.SetContext(s.Thread, ctx)
	r := &running{s: s, cancel: cancel, done: make(chan error, 1)}
	go func() {
		_, err := s.Exec(name, string(src))
		if err == nil {
			s.RT.Wait()
		}
		r.done <- err
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case <-r.done:
		case <-time.After(failAfter):
			t.Errorf("%s still running after cancellation", name)
		}
	})
	return r
}

// wait returns the script's error once it ends.
func (r *running) wait(t *testing.T) error {
	t.Helper()
	select {
	case err := <-r.done:
		r.done <- err // for Cleanup
		return err
	case <-time.After(failAfter):
		t.Fatal("script did not end")
		return nil
	}
}

// interrupt is Ctrl-C for a session driven by the test: cancel ends
// the running chunk's blocking calls, reset gives the next chunk a fresh
// context.
type interrupt struct {
	s      *startest.Session
	cancel context.CancelFunc
}

func interruptible(s *startest.Session) *interrupt {
	i := &interrupt{s: s}
	i.reset()
	return i
}

func (i *interrupt) reset() {
	ctx, cancel := context.WithCancel(context.Background())
	rt.SetContext(i.s.Thread, ctx)
	i.cancel = cancel
}

// freePort returns a loopback port that nothing listens on.
func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// dial connects to port once a script listens there.
func dial(t *testing.T, port int) net.Conn {
	t.Helper()
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	deadline := time.Now().Add(failAfter)
	for {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err == nil {
			c.SetDeadline(time.Now().Add(failAfter))
			return c
		}
		if time.Now().After(deadline) {
			t.Fatalf("dial %s: %v", addr, err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// echo sends msg on c and checks that it comes back.
func echo(t *testing.T, c net.Conn, msg string) {
	t.Helper()
	if _, err := c.Write([]byte(msg)); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, len(msg))
	if _, err := readFull(c, buf); err != nil {
		t.Fatalf("echo of %q: %v", msg, err)
	}
	if string(buf) != msg {
		t.Fatalf("echo = %q, want %q", buf, msg)
	}
}

func readFull(c net.Conn, buf []byte) (int, error) {
	n := 0
	for n < len(buf) {
		m, err := c.Read(buf[n:])
		n += m
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// eventually waits until cond holds.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(failAfter)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("never: %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
