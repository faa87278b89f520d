package starlark_test

import (
	"strings"
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

// With blocks inside a try statement exit, told of the error, before its
// handler runs; with blocks around it see only what escapes it; a return
// leaves them innermost first, before the finally clause that encloses
// them runs.
func TestWithAndTry(t *testing.T) {
	for _, tc := range []struct{ src, out, log string }{
		{"try:\n  with cm('a'):\n    raise KeyError(1)\nexcept LookupError:\n  print('caught')\n", "caught\n", "enter a,exit a (error)"},
		{"with cm('a'):\n  try:\n    with cm('b'):\n      raise ValueError('v')\n  except ValueError as e:\n    print(e)\n", "v\n", "enter a,enter b,exit b (error),exit a"},
		{"def f():\n  try:\n    with cm('a'):\n      return 1\n  finally:\n    print('finally')\nprint(f())\n", "finally\n1\n", "enter a,exit a"},
		{"for i in range(2):\n  try:\n    with cm('a'):\n      break\n  finally:\n    print('f')\n", "f\n", "enter a,exit a"},
	} {
		var log []string
		var out strings.Builder
		thread := &starlark.Thread{Print: func(_ *starlark.Thread, msg string) { out.WriteString(msg + "\n") }}
		predeclared := starlark.PythonUniverse()
		predeclared["cm"] = starlark.NewBuiltin("cm", func(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
			s, _ := starlark.AsString(args[0])
			return &logCM{name: s, log: &log}, nil
		})
		_, err := starlark.ExecFileOptions(pythonOptions, thread, "t.py", tc.src, predeclared)
		if err != nil || out.String() != tc.out || strings.Join(log, ",") != tc.log {
			t.Errorf("%q:\nout %q, log %q, err %v\nwant %q, %q", tc.src, out.String(), strings.Join(log, ","), err, tc.out, tc.log)
		}
	}
}
