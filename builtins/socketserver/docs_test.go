package socketserver_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// The examples of CPython 3.11's socketserver and socket documentation
// (testdata/docs; each file's header says what differs from the
// documentation) run unchanged by netrepl against the same example run
// by python3 on loopback (issue 11): netrepl's server with python3's
// client and python3's server with netrepl's client, each side's output
// being what it is when both sides are python3 (computed in the test).

// docPair is a documentation server and its client. The server prints
// its bound port first (the one added line); stops says it ends by
// itself after its client (else serve_forever: the test kills it once it
// has printed lines lines, the port included). Each clients entry is one
// client run's arguments after the port.
type docPair struct {
	name, server, client string
	clients              [][]string
	stops                bool
	lines                int
}

var docPairs = []docPair{
	{"TCPServer", "tcp_server.py", "tcp_client.py",
		[][]string{{"hello", "world", "with", "TCP"}, {"python", "is", "nice"}}, false, 5},
	{"TCPServerStreamHandler", "tcp_stream_server.py", "tcp_client.py",
		[][]string{{"hello", "world", "with", "TCP"}, {"python", "is", "nice"}}, false, 5},
	{"UDPServer", "udp_server.py", "udp_client.py",
		[][]string{{"hello", "world", "with", "UDP"}, {"python", "is", "nice"}}, false, 5},
	// the same examples as CPython 3.13's documentation prints them
	{"TCPServer_3_13", "tcp_server_3_13.py", "tcp_client_3_13.py",
		[][]string{{"hello", "world", "with", "TCP"}, {"python", "is", "nice"}}, false, 7},
	{"TCPServerStreamHandler_3_13", "tcp_stream_server_3_13.py", "tcp_client_3_13.py",
		[][]string{{"hello", "world", "with", "TCP"}, {"python", "is", "nice"}}, false, 5},
	{"UDPServer_3_13", "udp_server_3_13.py", "udp_client_3_13.py",
		[][]string{{"hello", "world", "with", "UDP"}, {"python", "is", "nice"}}, false, 5},
	{"SocketEchoIPv4", "echo_server.py", "echo_client.py", [][]string{{}}, true, 2},
	{"SocketEchoIPv4IPv6", "echo_server_46.py", "echo_client_46.py", [][]string{{}}, true, 2},
}

// docTools returns python3 and a netrepl binary built for the test. A
// missing python3 skips the test, except under CI, where it fails.
func docTools(t *testing.T) (python, netrepl string) {
	t.Helper()
	python, err := exec.LookPath("python3")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("python3 not found: CI installs it; these tests need it as the peer")
		}
		t.Skip("python3 not found: the documentation examples are proved against python3 as the peer")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go not found: the test builds netrepl's binary")
	}
	netrepl = filepath.Join(t.TempDir(), "netrepl")
	if out, err := exec.Command(goCmd, "build", "-o", netrepl, "netrepl/cmd/netrepl").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return python, netrepl
}

// lockedBuffer is a process's stdout, read while it runs.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// command is how one side runs a documentation file.
func command(ctx context.Context, prog, file string, args ...string) *exec.Cmd {
	argv := []string{filepath.Join("testdata", "docs", file)}
	if strings.HasSuffix(prog, "python3") {
		argv = append([]string{"-u"}, argv...)
	}
	return exec.CommandContext(ctx, prog, append(argv, args...)...)
}

// peerPort matches the client's port in "Connected by ('127.0.0.1', N)".
var peerPort = regexp.MustCompile(`, \d+\)`)

// runPair runs p's server with serverProg and its clients with
// clientProg and returns both sides' output, the server's without its
// port line and with the peer's port as PORT.
func runPair(t *testing.T, p docPair, serverProg, clientProg string) (server, client string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*failAfter)
	defer cancel()
	srv := command(ctx, serverProg, p.server)
	out := &lockedBuffer{}
	var stderr strings.Builder
	srv.Stdout, srv.Stderr = out, &stderr
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- srv.Wait() }()
	defer func() {
		srv.Process.Kill()
		<-exited
	}()
	// the port, on the server's first line
	var port string
	deadline := time.Now().Add(failAfter)
	for {
		if s := out.String(); strings.Contains(s, "\n") {
			port = strings.TrimSpace(s[:strings.Index(s, "\n")])
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s (%s) printed no port\nstderr:\n%s", p.server, serverProg, stderr.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	var clientOut strings.Builder
	for _, args := range p.clients {
		c := command(ctx, clientProg, p.client, append([]string{port}, args...)...)
		b, err := c.Output()
		if err != nil {
			msg := ""
			if ee, ok := err.(*exec.ExitError); ok {
				msg = string(ee.Stderr)
			}
			t.Fatalf("%s (%s) %v: %v\nstdout:\n%s\nstderr:\n%s", p.client, clientProg, args, err, b, msg)
		}
		clientOut.Write(b)
	}
	if p.stops {
		select {
		case err := <-exited:
			exited <- err
			if err != nil {
				t.Fatalf("%s (%s): %v\nstderr:\n%s", p.server, serverProg, err, stderr.String())
			}
		case <-ctx.Done():
			t.Fatalf("%s (%s) did not end after its client", p.server, serverProg)
		}
	} else {
		for strings.Count(out.String(), "\n") < p.lines {
			select {
			case err := <-exited:
				exited <- err
				t.Fatalf("%s (%s) ended (%v) having printed only:\n%s\nstderr:\n%s", p.server, serverProg, err, out.String(), stderr.String())
			default:
			}
			if ctx.Err() != nil {
				t.Fatalf("%s (%s) printed only:\n%s\nstderr:\n%s", p.server, serverProg, out.String(), stderr.String())
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	s := out.String()
	s = s[strings.Index(s, "\n")+1:]
	return peerPort.ReplaceAllString(s, ", PORT)"), clientOut.String()
}

// TestDocExamples: each server/client pair of the documentation, one
// side netrepl and the other python3, prints what python3 prints on
// both sides.
func TestDocExamples(t *testing.T) {
	python, netrepl := docTools(t)
	for _, p := range docPairs {
		t.Run(p.name, func(t *testing.T) {
			wantServer, wantClient := runPair(t, p, python, python)
			if wantServer == "" || wantClient == "" {
				t.Fatalf("python3 printed nothing: server %q, client %q", wantServer, wantClient)
			}
			for _, sides := range []struct{ name, server, client string }{
				{"NetreplServerPythonClient", netrepl, python},
				{"PythonServerNetreplClient", python, netrepl},
				{"NetreplServerNetreplClient", netrepl, netrepl},
			} {
				t.Run(sides.name, func(t *testing.T) {
					server, client := runPair(t, p, sides.server, sides.client)
					if server != wantServer {
						t.Errorf("server printed:\n%s\npython3's printed:\n%s", server, wantServer)
					}
					if client != wantClient {
						t.Errorf("client printed:\n%s\npython3's printed:\n%s", client, wantClient)
					}
				})
			}
		})
	}
}

// TestDocThreadingMixInExample: the ThreadingMixIn example, its own
// server and client, prints in netrepl what it prints in python3 (thread
// names included: "Thread-2 (process_request_thread)" and so on).
func TestDocThreadingMixInExample(t *testing.T) {
	python, netrepl := docTools(t)
	run := func(prog string) string {
		ctx, cancel := context.WithTimeout(context.Background(), 2*failAfter)
		defer cancel()
		c := command(ctx, prog, "threaded.py")
		var stderr strings.Builder
		c.Stderr = &stderr
		out, err := c.Output()
		if err != nil {
			t.Fatalf("threaded.py (%s): %v\nstdout:\n%s\nstderr:\n%s", prog, err, out, stderr.String())
		}
		return string(out)
	}
	want := run(python)
	if strings.Count(want, "\n") != 4 {
		t.Fatalf("python3 printed %q, not four lines", want)
	}
	if got := run(netrepl); got != want {
		t.Errorf("netrepl printed:\n%s\npython3 printed:\n%s", got, want)
	}
}
