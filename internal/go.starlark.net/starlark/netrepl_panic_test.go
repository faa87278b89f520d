package starlark_test

import (
	"errors"
	"strings"
	"testing"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

// TestPythonPanicIsError: in Python mode a Go panic inside a builtin is
// an error of the call (SystemError, an internal error to report, with
// the panic's value and the Starlark frames), not the end of the process;
// and runaway recursion is Python's RecursionError, not a Go stack
// overflow.
func TestPythonPanicIsError(t *testing.T) {
	starlark.PythonSemantics = true
	defer func() { starlark.PythonSemantics = false }()
	opts := &syntax.FileOptions{Python: true, Recursion: true}
	boom := starlark.NewBuiltin("boom", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
		var xs []int
		return starlark.MakeInt(xs[3]), nil
	})
	pre := starlark.StringDict{"boom": boom}
	thread := new(starlark.Thread)
	_, err := starlark.ExecFileOptions(opts, thread, "p.star", "def f():\n    return boom()\nf()\n", pre)
	var ee *starlark.EvalError
	var pe *starlark.PyError
	if !errors.As(err, &ee) || !errors.As(err, &pe) {
		t.Fatalf("got %v (%T), want an EvalError holding a PyError", err, err)
	}
	if pe.Type != "SystemError" || !strings.Contains(pe.Msg, "internal error: runtime error: index out of range [3] with length 0") || !strings.Contains(pe.Msg, "please report") {
		t.Errorf("got %s: %s", pe.Type, pe.Msg)
	}
	if strings.Contains(pe.Msg, "goroutine") {
		t.Errorf("the Go stack is shown: %s", pe.Msg)
	}
	if bt := ee.Backtrace(); !strings.Contains(bt, "p.star:2:16: in f") || !strings.Contains(bt, "p.star:3:2: in <toplevel>") {
		t.Errorf("backtrace:\n%s", bt)
	}
	// PanicStacks ($NETREPL_DEBUG) adds the Go stack, for a report.
	starlark.PanicStacks = true
	_, err = starlark.ExecFileOptions(opts, thread, "p2.star", "boom()\n", pre)
	starlark.PanicStacks = false
	if !errors.As(err, &pe) || !strings.Contains(pe.Msg, "goroutine") {
		t.Errorf("with PanicStacks: %v", err)
	}
	// The thread is usable after it.
	if _, err := starlark.ExecFileOptions(opts, thread, "q.star", "x = 1 + 1\n", nil); err != nil {
		t.Errorf("after the panic: %v", err)
	}

	_, err = starlark.ExecFileOptions(opts, thread, "r.star", "def f(n):\n    return f(n + 1)\nf(0)\n", nil)
	if !errors.As(err, &pe) || pe.Type != "RecursionError" || pe.Msg != "maximum recursion depth exceeded" {
		t.Errorf("recursion: got %v", err)
	}
}
