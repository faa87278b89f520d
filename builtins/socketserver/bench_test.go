package socketserver_test

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// The same echo server in netrepl and in CPython: handler loop
// recv(1000)/sendall, one thread per connection.
const benchStar = `
def handler(request, client_address, server):
    while True:
        buffer = request.recv(1000)
        if not buffer:
            break
        request.sendall(buffer)
server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler, request_queue_size=128, daemon_threads=True)
print(server.server_address[1])
server.serve_forever()
`

const benchPy = `
import socketserver, sys
class Handler(socketserver.BaseRequestHandler):
    def handle(self):
        while True:
            buffer = self.request.recv(1000)
            if not buffer:
                break
            self.request.sendall(buffer)
class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    request_queue_size = 128
server = Server(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
`

// BenchmarkEchoServerVsCPython measures ping-pong round trips per second
// (64-byte messages) from a Go load client over 1, 8 and 64 connections,
// against a netrepl ThreadingTCPServer and against CPython's
// socketserver.ThreadingTCPServer with the same handler loop, in the same
// run, and reports the ratio. ns/op is netrepl's time per round trip.
//
//	go test -run '^$' -bench EchoServerVsCPython ./builtins/socketserver/
func BenchmarkEchoServerVsCPython(b *testing.B) {
	python, err := exec.LookPath("python3")
	if err != nil {
		b.Skip("python3 not found: no CPython to compare with")
	}
	netrepl := filepath.Join(b.TempDir(), "netrepl")
	if out, err := exec.Command("go", "build", "-o", netrepl, "netrepl/cmd/netrepl").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	port, pid := startServer(b, netrepl, "-c", benchStar)
	pyPort, pyPid := startServer(b, python, "-c", benchPy)
	for _, conns := range []int{1, 8, 64} {
		b.Run(fmt.Sprintf("conns=%d", conns), func(b *testing.B) {
			cpu0 := cpuTicks(b, pyPid)
			var done atomic.Int64
			pyStart := time.Now()
			if err := pingPongCount(pyPort, conns, 1<<62, pyStart.Add(time.Second), &done); err != nil {
				b.Fatal(err)
			}
			cpython := float64(done.Load()) / time.Since(pyStart).Seconds()
			pyCPU := float64(cpuTicks(b, pyPid)-cpu0) / clockTicks / float64(done.Load())

			cpu0 = cpuTicks(b, pid)
			b.ResetTimer()
			start := time.Now()
			if err := pingPong(port, conns, int64(b.N), time.Time{}); err != nil {
				b.Fatal(err)
			}
			rate := float64(b.N) / time.Since(start).Seconds()
			cpu := float64(cpuTicks(b, pid)-cpu0) / clockTicks / float64(b.N)
			b.ReportMetric(rate, "netrepl-rt/s")
			b.ReportMetric(cpython, "cpython-rt/s")
			b.ReportMetric(rate/cpython, "ratio")
			// Server CPU per round trip: what each costs, whatever the
			// number of cores the load client leaves it.
			b.ReportMetric(cpu*1e6, "netrepl-cpu-µs/rt")
			b.ReportMetric(pyCPU*1e6, "cpython-cpu-µs/rt")
		})
	}
}

// clockTicks is USER_HZ, the unit of /proc/PID/stat's times on Linux.
const clockTicks = 100

// cpuTicks is the user+system CPU time process pid has used so far.
func cpuTicks(b *testing.B, pid int) int64 {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		b.Skipf("no /proc: %v", err)
	}
	// Fields after the command name (which may hold spaces): state is
	// field 3, utime 14, stime 15.
	f := strings.Fields(string(data[bytes.LastIndexByte(data, ')')+1:]))
	u, _ := strconv.ParseInt(f[11], 10, 64)
	s, _ := strconv.ParseInt(f[12], 10, 64)
	return u + s
}

// startServer runs a server that prints its port on its first line and
// returns the port and the process id.
func startServer(b *testing.B, name string, args ...string) (int, int) {
	cmd := exec.Command(name, args...)
	out, err := cmd.StdoutPipe()
	if err != nil {
		b.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		b.Fatalf("%s server: %v", name, err)
	}
	port, err := strconv.Atoi(strings.TrimSpace(line))
	if err != nil {
		b.Fatalf("%s server printed %q", name, line)
	}
	return port, cmd.Process.Pid
}

func pingPong(port, conns int, total int64, deadline time.Time) error {
	var done atomic.Int64
	return pingPongCount(port, conns, total, deadline, &done)
}

// pingPongCount runs conns connections, each sending 64 bytes and reading
// them back, until total round trips are done or deadline passes.
func pingPongCount(port, conns int, total int64, deadline time.Time, done *atomic.Int64) error {
	var next atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan error, conns)
	for i := 0; i < conns; i++ {
		c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port))
		if err != nil {
			return err
		}
		c.SetDeadline(time.Now().Add(time.Minute))
		wg.Add(1)
		go func(c net.Conn) {
			defer wg.Done()
			defer c.Close()
			msg := make([]byte, 64)
			buf := make([]byte, 64)
			for next.Add(1) <= total {
				if !deadline.IsZero() && time.Now().After(deadline) {
					return
				}
				if _, err := c.Write(msg); err != nil {
					errs <- err
					return
				}
				if _, err := io.ReadFull(c, buf); err != nil {
					errs <- err
					return
				}
				done.Add(1)
			}
		}(c)
	}
	wg.Wait()
	close(errs)
	return <-errs
}
