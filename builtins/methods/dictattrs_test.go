package methods

import (
	"testing"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"netrepl/builtins/pyerr"
)

// TestDictFromkeys: dict.fromkeys as CPython 3.11's (values and errors
// from python3).
func TestDictFromkeys(t *testing.T) {
	defer func(was bool) { starlark.PythonSemantics = was }(starlark.PythonSemantics)
	starlark.PythonSemantics = true
	opts := &syntax.FileOptions{Python: true}
	for _, tc := range []struct{ expr, want, err string }{
		{`dict.fromkeys(["p", "q"], 0)`, `{"p": 0, "q": 0}`, ""},
		{`dict.fromkeys("ab")`, `{"a": None, "b": None}`, ""},
		{`dict.fromkeys([])`, `{}`, ""},
		{`dict.fromkeys(5)`, "", "TypeError: 'int' object is not iterable"},
		{`dict.fromkeys()`, "", "TypeError: fromkeys expected at least 1 argument, got 0"},
		{`dict.fromkeys(1, 2, 3)`, "", "TypeError: fromkeys expected at most 2 arguments, got 3"},
		{`dict.fromkeys([[1]])`, "", "TypeError: unhashable type: 'list'"},
	} {
		v, err := starlark.EvalOptions(opts, &starlark.Thread{}, "t", tc.expr, starlark.PythonUniverse())
		if tc.err != "" {
			if err == nil || pyerr.Classify(err).Type+": "+pyerr.Classify(err).Message != tc.err {
				t.Errorf("%s: error %v, want %s", tc.expr, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tc.expr, err)
			continue
		}
		// Compare with the expected dict, whatever the repr's quotes.
		want, err := starlark.EvalOptions(opts, &starlark.Thread{}, "t", tc.want, nil)
		if err != nil {
			t.Fatal(err)
		}
		if eq, _ := starlark.Equal(v, want); !eq {
			t.Errorf("%s = %s, want %s", tc.expr, v, tc.want)
		}
	}
}
