// Package scripts_test runs the stand-ins (scripts/servers) and the lab
// exercises (scripts/lab) in-process, through a real netrepl session, against
// real peers on loopback: Go clients and servers (net, net/http/httptest,
// github.com/miekg/dns) and, where installed, dig, curl, dnsmasq, nginx and
// redis-server. A missing program skips its test, except under CI (CI set),
// where .ci/run installs them and a missing one fails.
package scripts_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"netrepl/builtins/pyerr"
	"netrepl/builtins/rt"
	"netrepl/internal/startest"
	"netrepl/repl"
)

// script is a .star file running in its own session.
type script struct {
	t        *testing.T
	s        *repl.Session
	out, err *startest.Buffer
	done     chan struct{}
	code     int    // exit status, as netrepl's would be; valid after done
	trace    string // the rendered error, if any
}

// start runs path (relative to scripts/) with args as sys.argv[1:], waiting
// for its non-daemon threads as netrepl does. The session is closed when
// the test ends.
func start(t *testing.T, path string, args ...string) *script {
	t.Helper()
	return startInput(t, nil, path, args...)
}

// startInput is start with what input() reads (nil: the process's stdin).
func startInput(t *testing.T, input io.Reader, path string, args ...string) *script {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sc := &script{t: t, out: &startest.Buffer{}, err: &startest.Buffer{}, done: make(chan struct{})}
	sc.s = repl.New(sc.out, sc.err, append([]string{path}, args...))
	if input != nil {
		lines := rt.NewLineReader(input)
		sc.s.RT.SetInput(func(ctx context.Context, prompt string) (string, error) {
			io.WriteString(sc.out, prompt)
			return lines.ReadLine(ctx)
		})
	}
	go func() {
		defer close(sc.done)
		err := sc.s.Exec(path, src, repl.EchoNone)
		if err == nil {
			sc.s.RT.Wait()
			return
		}
		var exit *pyerr.Exit
		if errors.As(err, &exit) {
			sc.code = exit.Code
			return
		}
		sc.code = 1
		sc.trace = sc.s.FormatError(err)
	}()
	t.Cleanup(func() {
		sc.s.Interrupt()
		sc.s.Close()
		select {
		case <-sc.done:
		case <-time.After(5 * time.Second):
			t.Errorf("%s: still running 5s after its session was closed", path)
		}
	})
	return sc
}

// wait waits (at most timeout) for the script to end and returns its
// stdout; it fails the test on a timeout.
func (sc *script) wait(timeout time.Duration) string {
	sc.t.Helper()
	select {
	case <-sc.done:
	case <-time.After(timeout):
		sc.s.Interrupt()
		sc.s.Close()
		sc.t.Fatalf("script did not finish in %v\nstdout:\n%s\nstderr:\n%s", timeout, sc.out, sc.err)
	}
	return sc.out.String()
}

// run runs a script to its end (at most 20 s) and returns stdout, stderr
// and the exit status.
func run(t *testing.T, path string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	sc := start(t, path, args...)
	out := sc.wait(20 * time.Second)
	return out, sc.err.String() + sc.trace, sc.code
}

// mustRun is run that fails the test unless the script exits 0.
func mustRun(t *testing.T, path string, args ...string) string {
	t.Helper()
	out, errOut, code := run(t, path, args...)
	if code != 0 {
		t.Fatalf("%s %v: exit %d\nstdout:\n%s\nstderr:\n%s", path, args, code, out, errOut)
	}
	return out
}

var listeningRE = regexp.MustCompile(`(\w+): listening on (\S+):(\d+)`)

// serve starts a server script and returns the addresses it printed
// ("NAME: listening on HOST:PORT"), by NAME, once it has printed want of
// them.
func serve(t *testing.T, path string, want int, args ...string) (map[string]string, *script) {
	t.Helper()
	sc := start(t, path, args...)
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		found := map[string]string{}
		for _, m := range listeningRE.FindAllStringSubmatch(sc.out.String(), -1) {
			found[m[1]] = net.JoinHostPort(m[2], m[3])
		}
		if len(found) >= want {
			return found, sc
		}
		select {
		case <-sc.done:
			t.Fatalf("%s ended before listening (exit %d)\nstdout:\n%s\nstderr:\n%s%s", path, sc.code, sc.out, sc.err, sc.trace)
		case <-time.After(10 * time.Millisecond):
		}
	}
	t.Fatalf("%s did not print %d listening lines in 5s\nstdout:\n%s\nstderr:\n%s", path, want, sc.out, sc.err)
	return nil, nil
}

// program returns the path of an installed program, or skips the test
// (outside CI) or fails it (in CI, where .ci/run installs it).
func program(t *testing.T, name, pkg string) string {
	t.Helper()
	for _, dir := range []string{"", "/usr/sbin/", "/usr/bin/", "/sbin/"} {
		if dir == "" {
			if p, err := exec.LookPath(name); err == nil {
				return p
			}
			continue
		}
		if fi, err := os.Stat(dir + name); err == nil && !fi.IsDir() {
			return dir + name
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("%s is not installed: .ci/run should have installed the Debian package %s", name, pkg)
	}
	t.Skipf("%s is not installed (Debian package %s; .ci/run installs it under CI)", name, pkg)
	return ""
}

// freePort returns a loopback port that was free a moment ago, for
// programs that need a port number on their command line.
func freePort(t *testing.T, network string) int {
	t.Helper()
	switch network {
	case "tcp+udp":
		// A port free for both at once (dnsmasq serves DNS on both): one
		// the kernel gave a TCP listener that is also free for UDP. Other
		// tests' client connections hold ephemeral ports for TCP only.
		for i := 0; i < 50; i++ {
			l, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			port := l.Addr().(*net.TCPAddr).Port
			c, err := net.ListenPacket("udp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
			l.Close()
			if err == nil {
				c.Close()
				return port
			}
		}
		t.Fatal("no port free for both TCP and UDP")
		return 0
	case "udp":
		c, err := net.ListenPacket("udp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		return c.LocalAddr().(*net.UDPAddr).Port
	default:
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer l.Close()
		return l.Addr().(*net.TCPAddr).Port
	}
}

// daemon starts a program that stays in the foreground, kills it when the
// test ends, and returns its combined output so far on demand.
func daemon(t *testing.T, path string, args ...string) (cmd *exec.Cmd, output func() string) {
	t.Helper()
	var buf startest.Buffer
	cmd = exec.Command(path, args...)
	cmd.Stdout, cmd.Stderr = &buf, &buf
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting %s: %v", path, err)
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	t.Cleanup(func() {
		cmd.Process.Kill()
		select {
		case <-exited:
		case <-time.After(5 * time.Second):
			t.Errorf("%s did not exit after kill", path)
		}
	})
	return cmd, buf.String
}

// waitTCP waits (at most 5 s) until something accepts on addr.
func waitTCP(t *testing.T, addr string, output func() string) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		c, err := net.DialTimeout("tcp", addr, 200*time.Millisecond)
		if err == nil {
			c.Close()
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("nothing listens on %s after 5s; output:\n%s", addr, output())
}

func itoa(n int) string { return strconv.Itoa(n) }

func lines(s string) []string {
	s = strings.TrimRight(s, "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

func equalLines(t *testing.T, what, got string, want ...string) {
	t.Helper()
	if g := lines(got); fmt.Sprint(g) != fmt.Sprint(want) {
		t.Errorf("%s:\ngot  %q\nwant %q", what, g, want)
	}
}
