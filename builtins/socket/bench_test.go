package socket_test

import (
	"context"
	"io"
	"net"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
)

// echoLoop is the benchmark's loop, in the syntax Python and Starlark
// share: ROUNDS round trips of 64 bytes with sendall/recv, timed inside
// the interpreter so neither pays for its start-up. It prints the seconds.
const echoLoop = `
s = socket.socket()
s.connect(("127.0.0.1", PORT))
msg = b"x" * 64
start = time.monotonic()
for i in range(ROUNDS):
    s.sendall(msg)
    data = s.recv(64)
    while len(data) < 64:
        data += s.recv(64 - len(data))
elapsed = time.monotonic() - start
s.close()
print(elapsed)
`

// BenchmarkEchoRoundTrip is acceptance 8: 10,000 round trips of 64 bytes
// against a native Go echo server, by netrepl and by python3 in the same
// run; it reports both and their ratio (python3 time / netrepl time: above
// 1 means netrepl is faster). Run it with
//
//	go test -run '^$' -bench EchoRoundTrip -benchtime 3x ./builtins/socket/
func BenchmarkEchoRoundTrip(b *testing.B) {
	const rounds = 10000
	l, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	defer l.Close()
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				io.Copy(c, c)
			}()
		}
	}()
	src := strings.NewReplacer("PORT", strconv.Itoa(l.Addr().(*net.TCPAddr).Port), "ROUNDS", strconv.Itoa(rounds)).Replace(echoLoop)
	python, pyErr := exec.LookPath("python3")

	var netreplSecs, pythonSecs float64
	for i := 0; i < b.N; i++ {
		s := newScript()
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		err := s.exec(ctx, src)
		cancel()
		s.sess.Close()
		if err != nil {
			b.Fatal(describe(err))
		}
		netreplSecs += parseSecs(b, s.stdout.String())
		if pyErr == nil {
			out, err := exec.Command(python, "-c", "import socket, time\n"+src).CombinedOutput()
			if err != nil {
				b.Fatalf("python3: %v\n%s", err, out)
			}
			pythonSecs += parseSecs(b, string(out))
		}
	}
	perRT := func(secs float64) float64 { return secs / float64(b.N) / rounds * 1e6 }
	b.ReportMetric(perRT(netreplSecs), "netrepl-µs/rt")
	if pyErr != nil {
		b.Logf("python3 not found (%v): no CPython figure, no ratio", pyErr)
		return
	}
	b.ReportMetric(perRT(pythonSecs), "python3-µs/rt")
	b.ReportMetric(pythonSecs/netreplSecs, "python3/netrepl")
	b.Logf("10,000 round trips: netrepl %.3fs, python3 %.3fs, python3/netrepl %.2f (above 1: netrepl faster)",
		netreplSecs/float64(b.N), pythonSecs/float64(b.N), pythonSecs/netreplSecs)
}

func parseSecs(b *testing.B, out string) float64 {
	f, err := strconv.ParseFloat(strings.TrimSpace(out), 64)
	if err != nil {
		b.Fatalf("output %q: %v", out, err)
	}
	return f
}
