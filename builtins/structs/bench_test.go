package structs_test

import (
	"fmt"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"go.starlark.net/starlark"

	"netrepl/builtins/structs"
	"netrepl/internal/startest"
)

// BenchmarkVsCPython is the benchmark: the same loop, in netrepl's
// Starlark and in python3, for struct.pack('!HHI', ...), struct.unpack
// ('!HHI', ...) and binascii.unhexlify of the notebook's DNS message. It
// reports both speeds and their ratio (netrepl/cpython > 1: netrepl is
// faster), from one run:
//
//	go test -run '^$' -bench VsCPython ./builtins/structs/
//
// "call-floor" is the pack loop with pack replaced by a builtin that does
// nothing, against CPython's real pack: the most that any pack written
// as a Go builtin can reach in go.starlark.net's interpreter.
//
// python3 times each loop three times and keeps the best; without
// python3 the benchmark is skipped.
func BenchmarkVsCPython(b *testing.B) {
	python, err := exec.LookPath("python3")
	if err != nil {
		b.Skip("python3 is not on PATH: there is no CPython to compare netrepl with")
	}
	const packStmt = `struct.pack('!HHI', 1, 2, 3)`
	noop := starlark.NewBuiltin("noop", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
		return starlark.None, nil
	})
	for _, op := range []struct{ name, star, py string }{
		{"pack", packStmt, packStmt},
		{"unpack", `struct.unpack('!HHI', b'\x00\x01\x00\x02\x00\x00\x00\x03')`, ""},
		{"unhexlify", `binascii.unhexlify(msg)`, ""},
		{"call-floor", `noop('!HHI', 1, 2, 3)`, packStmt},
	} {
		if op.py == "" {
			op.py = op.star
		}
		var cpython float64
		var once sync.Once
		b.Run(op.name, func(b *testing.B) {
			once.Do(func() { cpython = pythonOps(b, python, loop(op.py)) })
			s := startest.New(b)
			s.Predeclared["noop"] = noop
			thread := s.Thread
			globals, err := s.Exec("bench.star", loop(op.star))
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			b.ResetTimer()
			start := time.Now()
			if _, err := starlark.Call(thread, globals["run"], starlark.Tuple{starlark.MakeInt(b.N)}, nil); err != nil {
				b.Fatal(err)
			}
			netrepl := float64(b.N) / time.Since(start).Seconds()
			b.ReportMetric(netrepl, "netrepl-ops/s")
			b.ReportMetric(cpython, "cpython-ops/s")
			b.ReportMetric(netrepl/cpython, "ratio")
		})
	}
}

// loop is the benchmark loop, valid Python and Starlark: a function, so
// that both look the names up as globals.
func loop(stmt string) string {
	return "msg = b'AAAA01000001000000000000076578616d706c6503636f6d0000010001'\n" +
		"def run(n):\n    for i in range(n):\n        " + stmt + "\n"
}

// pythonOps returns python3's operations per second for src's run(): the
// best of three timings of at least 0.3 s each, as timeit reports.
func pythonOps(b *testing.B, python, src string) float64 {
	const script = `
import struct, binascii, time
%s
n = 1000
while True:
    t = time.perf_counter()
    run(n)
    dt = time.perf_counter() - t
    if dt > 0.3:
        break
    n *= 2
best = dt
for _ in range(2):
    t = time.perf_counter()
    run(n)
    best = min(best, time.perf_counter() - t)
print(n / best)
`
	out, err := exec.Command(python, "-c", fmt.Sprintf(script, src)).Output()
	if err != nil {
		b.Fatalf("python3: %v", err)
	}
	ops, err := strconv.ParseFloat(strings.TrimSpace(string(out)), 64)
	if err != nil {
		b.Fatalf("python3 printed %q", out)
	}
	return ops
}

// The Go-level cost of the work itself, without the interpreter.

func BenchmarkPack(b *testing.B) {
	f, err := structs.Compile("!HHI")
	if err != nil {
		b.Fatal(err)
	}
	args := []starlark.Value{starlark.MakeInt(1), starlark.MakeInt(2), starlark.MakeInt(3)}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := f.Pack(args); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkUnpack(b *testing.B) {
	f, err := structs.Compile("!HHI")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := f.Unpack("\x00\x01\x00\x02\x00\x00\x00\x03"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCompileCached(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := structs.Compile("!HHI"); err != nil {
			b.Fatal(err)
		}
	}
}
