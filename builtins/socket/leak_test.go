package socket_test

import (
	"context"
	"os"
	"testing"
	"time"
)

func openFDs(t *testing.T) int {
	t.Helper()
	fds, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skip("no /proc/self/fd:", err)
	}
	return len(fds)
}

// Acceptance 6: 10,000 connect/close cycles leave the process's open
// descriptors where they were, and the sockets a script leaves open are
// closed with its session.
func TestNoDescriptorLeak(t *testing.T) {
	cycles := "10000"
	if testing.Short() {
		cycles = "1000"
	}
	mustRun(t, `srv = listen(0)
srv.close()`) // warm up: the poller's own descriptors
	before := openFDs(t)

	s := newScript(cycles)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	err := s.exec(ctx, `
srv = listen(0)
port = srv.getsockname()[1]
for i in range(int(sys.argv[1])):
    c = socket.socket()
    c.connect(("127.0.0.1", port))
    a, addr = srv.accept()
    c.sendall(b"x")
    a.recv(1)
    c.close()
    a.close()
    if i % 2 == 0:
        # also the shortcut and create_connection
        c = connect("127.0.0.1", port)
        srv.accept()[0].close()
        c.close()
srv.close()
`)
	if err != nil {
		t.Fatal(describe(err))
	}
	if after := openFDs(t); after != before {
		t.Errorf("%d descriptors open before the cycles, %d after", before, after)
	}

	// Left open by the script: closed when the session ends.
	if err := s.exec(ctx, `
srv = listen(0)
kept = [connect("127.0.0.1", srv.getsockname()[1]) for i in range(50)]
peers = [srv.accept()[0] for i in range(50)]
u = udp(0)
`); err != nil {
		t.Fatal(describe(err))
	}
	if open := openFDs(t); open < before+101 {
		t.Errorf("only %d descriptors open with 101 sockets, %d before", open, before)
	}
	s.sess.Close()
	if after := openFDs(t); after != before {
		t.Errorf("%d descriptors open before, %d after the session closed", before, after)
	}
}
