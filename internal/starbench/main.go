// Command starbench times a few Starlark workloads (loops, calls, a
// struct.pack-like builtin, upstream's benchmark.star shapes) with
// whichever go.starlark.net it is built against. compare.sh builds it
// twice, against netrepl's in-tree copy and against the pinned upstream,
// and prints their ratios: the check that netrepl's patches cost nothing.
//
//	starbench [-rounds N] [-python] [-n ITERATIONS] [-only NAME]
//
// It prints one line per workload: name, then ns per iteration (with -n 0,
// the setup only: compare.sh -instructions subtracts it).
package main

import (
	"encoding/binary"
	"flag"
	"fmt"
	"os"
	"time"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

// workloads run n iterations of their body; each is a Starlark function
// taking n, so the loop is inside a function (locals) unless top says
// otherwise (the loop at module level: globals).
var workloads = []struct {
	name, src string
}{
	{"loop-empty", `
def run(n):
    for i in range(n):
        pass
`},
	{"loop-arith", `
def run(n):
    t = 0
    for i in range(n):
        t = t + i * 2 - 1
    return t
`},
	{"call-starlark", `
def add(a, b):
    return a + b
def run(n):
    for i in range(n):
        add(i, 1)
`},
	{"call-builtin-len", `
def run(n):
    x = [1, 2, 3]
    for i in range(n):
        len(x)
`},
	{"struct-pack", `
def run(n):
    for i in range(n):
        pack("!HHI", 1, 2, 3)
`},
	{"dict-list", `
def run(n):
    d = {}
    xs = []
    for i in range(n):
        d[i & 255] = i
        xs.append(i)
    return len(d) + len(xs)
`},
	{"string-ops", `
def run(n):
    s = "GET / HTTP/1.1\r\nHost: example.com\r\n\r\n"
    for i in range(n):
        s.split("\r\n")
        s.startswith("GET")
`},
	{"bytes-index", `
def run(n):
    b = b"\x00\x01GET / HTTP/1.1\r\n"
    for i in range(n):
        b[i & 15]
        b[2:5]
`},
	{"loop-toplevel", `
for i in range(N):
    pass
`},
}

// pack is struct.pack("!HHI", a, b, c) only: a builtin of realistic
// shape (unpack the arguments, convert, allocate the result).
func pack(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var format string
	var x, y, z int
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 4, &format, &x, &y, &z); err != nil {
		return nil, err
	}
	buf := make([]byte, 8)
	binary.BigEndian.PutUint16(buf, uint16(x))
	binary.BigEndian.PutUint16(buf[2:], uint16(y))
	binary.BigEndian.PutUint32(buf[4:], uint32(z))
	return starlark.Bytes(buf), nil
}

func main() {
	rounds := flag.Int("rounds", 1, "times to run each workload (the best is printed)")
	python := flag.Bool("python", false, "run in netrepl's Python dialect (in-tree build only)")
	iters := flag.Int("n", 2_000_000, "iterations per run")
	only := flag.String("only", "", "run only the workload of this name")
	flag.Parse()
	opts := &syntax.FileOptions{Set: true, While: true, TopLevelControl: true, GlobalReassign: true, Recursion: true}
	if *python {
		if !setPython(opts) {
			fmt.Fprintln(os.Stderr, "starbench: -python needs the in-tree go.starlark.net")
			os.Exit(2)
		}
	}
	for _, w := range workloads {
		if *only != "" && w.name != *only {
			continue
		}
		best := time.Duration(1<<63 - 1)
		for r := 0; r < *rounds; r++ {
			d, err := run(opts, w.src, *iters)
			if err != nil {
				fmt.Fprintf(os.Stderr, "starbench: %s: %v\n", w.name, err)
				os.Exit(1)
			}
			best = min(best, d)
		}
		fmt.Printf("%s %.2f\n", w.name, float64(best.Nanoseconds())/float64(max(*iters, 1)))
	}
}

func run(opts *syntax.FileOptions, src string, n int) (time.Duration, error) {
	thread := &starlark.Thread{Name: "bench"}
	predeclared := starlark.StringDict{
		"pack": starlark.NewBuiltin("pack", pack),
		"N":    starlark.MakeInt(n),
	}
	start := time.Now()
	globals, err := starlark.ExecFileOptions(opts, thread, "bench.star", src, predeclared)
	if err != nil {
		return 0, err
	}
	if fn, ok := globals["run"]; ok {
		start = time.Now()
		if _, err := starlark.Call(thread, fn, starlark.Tuple{starlark.MakeInt(n)}, nil); err != nil {
			return 0, err
		}
	}
	return time.Since(start), nil
}
