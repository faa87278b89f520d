package scripts_test

import (
	"fmt"
	"net"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"
)

// fullListener returns the port of a listening socket whose accept queue
// is full, so that a new connection gets no answer (a "filtered" port).
func fullListener(t *testing.T) (int, bool) {
	t.Helper()
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { syscall.Close(fd) })
	if err := syscall.Bind(fd, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Listen(fd, 0); err != nil {
		t.Fatal(err)
	}
	sa, _ := syscall.Getsockname(fd)
	port := sa.(*syscall.SockaddrInet4).Port
	// Fill the queue: once a connect times out, the next ones will too.
	for i := 0; i < 8; i++ {
		c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", port), 100*time.Millisecond)
		if err != nil {
			return port, true
		}
		t.Cleanup(func() { c.Close() })
	}
	return port, false
}

func TestPortScan(t *testing.T) {
	// Open ports: listeners this test holds. Closed ports: ports a
	// listener had a moment ago.
	var open, closed []int
	for i := 0; i < 5; i++ {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { l.Close() })
		go func() {
			for {
				c, err := l.Accept()
				if err != nil {
					return
				}
				c.Close()
			}
		}()
		open = append(open, l.Addr().(*net.TCPAddr).Port)
		closed = append(closed, freePort(t, "tcp"))
	}
	filtered, full := fullListener(t)

	var spec []string
	for _, p := range append(append([]int{}, open...), closed...) {
		spec = append(spec, itoa(p))
	}
	if full {
		spec = append(spec, itoa(filtered))
	}
	out := mustRun(t, "lab/port_scan.star", "127.0.0.1", strings.Join(spec, ","), "4", "0.3")

	sort.Ints(open)
	want := []string{"PORT      STATE     SERVICE"}
	var rows []string
	for _, p := range open {
		rows = append(rows, fmt.Sprintf("%-10s%-10sunknown", itoa(p)+"/tcp", "open"))
	}
	nfiltered := 0
	if full {
		rows = append(rows, fmt.Sprintf("%-10s%-10sunknown", itoa(filtered)+"/tcp", "filtered"))
		nfiltered = 1
	}
	sort.Slice(rows, func(i, j int) bool {
		var a, b int
		fmt.Sscanf(rows[i], "%d", &a)
		fmt.Sscanf(rows[j], "%d", &b)
		return a < b
	})
	want = append(want, rows...)
	got := lines(out)
	if len(got) != len(want)+1 {
		t.Fatalf("report:\n%s\nwant rows\n%s", out, strings.Join(want, "\n"))
	}
	equalLines(t, "report", strings.Join(got[:len(got)-1], "\n"), want...)
	summary := fmt.Sprintf("5 open, 5 closed, %d filtered (%d ports on 127.0.0.1, 4 threads, ", nfiltered, len(spec))
	if !strings.HasPrefix(got[len(got)-1], summary) {
		t.Errorf("summary %q, want prefix %q", got[len(got)-1], summary)
	}
	if !full {
		t.Log("could not fill a listener's accept queue: the filtered case was not tried")
	}
}

func TestPortScanRange(t *testing.T) {
	// A range around a port we hold: 21 ports, at least ours open, every
	// state counted.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	p := l.Addr().(*net.TCPAddr).Port
	lo, hi := p-10, p+10
	if hi > 65535 {
		lo, hi = 65515, 65535
	}
	out := mustRun(t, "lab/port_scan.star", "localhost", fmt.Sprintf("%d-%d", lo, hi))
	if !strings.Contains(out, fmt.Sprintf("\n%d/tcp", p)) || !strings.Contains(out, "(21 ports on 127.0.0.1, 21 threads,") {
		t.Errorf("report:\n%s", out)
	}

	// An IPv6 address is scanned over IPv6.
	l6, err := net.Listen("tcp", "[::1]:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l6.Close()
	p6 := l6.Addr().(*net.TCPAddr).Port
	out = mustRun(t, "lab/port_scan.star", "::1", itoa(p6))
	if !strings.Contains(out, fmt.Sprintf("\n%d/tcp open", p6)) || !strings.Contains(out, "(1 ports on ::1,") {
		t.Errorf("IPv6 report:\n%s", out)
	}

	_, errOut, code := run(t, "lab/port_scan.star", "127.0.0.1", "0-70000")
	if code != 1 || !strings.Contains(errOut, "ports are 1-65535") {
		t.Errorf("bad range: exit %d, %s", code, errOut)
	}
}
