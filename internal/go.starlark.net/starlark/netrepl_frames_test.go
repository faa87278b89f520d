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

// TestPythonArgumentErrors: CPython 3.11's TypeErrors for a call's
// arguments (python3 on the same calls).
func TestPythonArgumentErrors(t *testing.T) {
	starlark.PythonSemantics = true
	defer func() { starlark.PythonSemantics = false }()
	defs := "def f(a, b): pass\ndef g(a, b=1): pass\ndef h(): pass\ndef k(a, *, c): pass\ndef m(a, b, c): pass\n"
	for call, want := range map[string]string{
		"f(1)":            "f() missing 1 required positional argument: 'b'",
		"f()":             "f() missing 2 required positional arguments: 'a' and 'b'",
		"m()":             "m() missing 3 required positional arguments: 'a', 'b', and 'c'",
		"f(1,2,3)":        "f() takes 2 positional arguments but 3 were given",
		"g(1,2,3)":        "g() takes from 1 to 2 positional arguments but 3 were given",
		"g()":             "g() missing 1 required positional argument: 'a'",
		"h(1)":            "h() takes 0 positional arguments but 1 was given",
		"h(x=1)":          "h() got an unexpected keyword argument 'x'",
		"f(1, a=2)":       "f() got multiple values for argument 'a'",
		"f(1, 2, c=3)":    "f() got an unexpected keyword argument 'c'",
		"k(1)":            "k() missing 1 required keyword-only argument: 'c'",
		"(lambda x: 0)()": "<lambda>() missing 1 required positional argument: 'x'",
		"k(1,2)":          "k() takes 1 positional argument but 2 were given",
	} {
		_, err := starlark.ExecFileOptions(&syntax.FileOptions{Python: true}, new(starlark.Thread), "a.star", defs+call+"\n", nil)
		var pe *starlark.PyError
		if !errors.As(err, &pe) || pe.Type != "TypeError" || pe.Msg != want {
			t.Errorf("%s: got %v, want TypeError: %s", call, err, want)
		}
	}
}
