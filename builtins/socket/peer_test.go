package socket_test

import (
	"bufio"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// pyPeer starts python3 running src, a peer on loopback that prints its
// port (or anything the test wants first) on its first line, and returns
// that line. The test is skipped when python3 is missing; the peer is
// killed when the test ends. wait returns the peer's remaining output
// once it exits.
func pyPeer(t *testing.T, src string, args ...string) (first string, wait func() string) {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found: these tests need it as the peer")
	}
	cmd := exec.Command(py, append([]string{"-u", "-c", src}, args...)...)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	t.Cleanup(func() {
		cmd.Process.Kill()
		<-done
	})
	r := bufio.NewReader(out)
	lines := make(chan string, 1)
	rest := make(chan string, 1)
	go func() {
		defer close(done)
		l, _ := r.ReadString('\n')
		lines <- strings.TrimSpace(l)
		var b strings.Builder
		r.WriteTo(&b)
		cmd.Wait()
		rest <- b.String()
	}()
	select {
	case first = <-lines:
	case <-time.After(10 * time.Second):
		t.Fatalf("python3 peer printed nothing in 10 s; stderr:\n%s", stderr.String())
	}
	if first == "" {
		<-done
		t.Fatalf("python3 peer failed:\n%s", stderr.String())
	}
	return first, func() string {
		select {
		case s := <-rest:
			if stderr.Len() > 0 {
				t.Logf("python3 peer stderr:\n%s", stderr.String())
			}
			return s
		case <-time.After(20 * time.Second):
			t.Fatalf("python3 peer still running after 20 s")
			return ""
		}
	}
}

// serverPeer is the python3 prelude of a peer that accepts one
// connection as c and sends with send(data, pause) in pieces.
const serverPeer = `
import socket, sys, time
srv = socket.create_server(("127.0.0.1", 0))
print(srv.getsockname()[1])
c, _ = srv.accept()
c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
def send(data, pause=0.002, step=1):
    for i in range(0, len(data), step):
        c.sendall(data[i:i+step])
        time.sleep(pause)
`
