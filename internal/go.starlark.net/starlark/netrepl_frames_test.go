package starlark_test

import (
	"errors"
	"testing"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

// TestPythonArgumentErrorFrame: in Python mode a call's argument error
// is the caller's, at the call, as in CPython (no frame for the callee,
// which never ran).
func TestPythonArgumentErrorFrame(t *testing.T) {
	starlark.PythonSemantics = true
	defer func() { starlark.PythonSemantics = false }()
	src := "def f(a, b):\n    return a\n\ndef g():\n    return f(1)\n\ng()\n"
	_, err := starlark.ExecFileOptions(&syntax.FileOptions{Python: true}, new(starlark.Thread), "a.star", src, nil)
	var ee *starlark.EvalError
	if !errors.As(err, &ee) {
		t.Fatalf("got %v", err)
	}
	var got []string
	for _, fr := range ee.CallStack {
		got = append(got, fr.Pos.String()+" "+fr.Name)
	}
	if len(got) != 2 || got[0] != "a.star:7:2 <toplevel>" || got[1] != "a.star:5:13 g" {
		t.Errorf("frames %q, want the call in g innermost", got)
	}
}
