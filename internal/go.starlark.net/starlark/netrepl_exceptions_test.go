package starlark_test

import (
	"testing"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

// BenchmarkRaiseCatch: one raise-and-catch round (the figure to
// compare with CPython's python3 -m timeit, about 215 ns here).
func BenchmarkRaiseCatch(b *testing.B) {
	benchLoop(b, `
        try:
            raise ValueError("x")
        except ValueError:
            c += 1`)
}

// BenchmarkRaiseCatchParts: what a round is made of.
func BenchmarkRaiseCatchParts(b *testing.B) {
	b.Run("loop", func(b *testing.B) { benchLoop(b, "\n        c += 1") })
	b.Run("construct", func(b *testing.B) { benchLoop(b, "\n        e = ValueError(\"x\")\n        c += 1") })
	b.Run("builtin-call", func(b *testing.B) { benchLoop(b, "\n        e = len(\"x\")\n        c += 1") })
	b.Run("raise-prebuilt", func(b *testing.B) {
		benchLoop(b, "\n        try:\n            raise E\n        except ValueError:\n            c += 1")
	})
	b.Run("try-noraise", func(b *testing.B) {
		benchLoop(b, "\n        try:\n            c += 1\n        except ValueError:\n            pass")
	})
}

func benchLoop(b *testing.B, body string) {
	starlark.PythonSemantics = true
	defer func() { starlark.PythonSemantics = false }()
	src := "E = ValueError(\"x\")\ndef f(n):\n    c = 0\n    for i in range(n):" + body + "\n    return c\n"
	opts := &syntax.FileOptions{Python: true, Set: true, While: true, TopLevelControl: true, GlobalReassign: true, Recursion: true}
	thread := new(starlark.Thread)
	globals, err := starlark.ExecFileOptions(opts, thread, "bench.py", src, starlark.PythonUniverse())
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	if _, err := starlark.Call(thread, globals["f"], starlark.Tuple{starlark.MakeInt(b.N)}, nil); err != nil {
		b.Fatal(err)
	}
}
