package methods

import (
	"testing"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"netrepl/builtins/pyerr"
)

// TestFormatMap: str.format_map as CPython 3.11's (python3's results).
func TestFormatMap(t *testing.T) {
	defer func(was bool) { starlark.PythonSemantics = was }(starlark.PythonSemantics)
	starlark.PythonSemantics = true
	opts := &syntax.FileOptions{Python: true}
	for _, tc := range []struct{ expr, want, err string }{
		{`"{host}:{port:>5}".format_map({"host": "h", "port": 80})`, "h:   80", ""},
		{`"{0}".format_map({})`, "", "ValueError: Format string contains positional fields"},
		{`"{x}".format_map({})`, "", "KeyError: 'x'"},
		{`"{x}".format_map([])`, "", "TypeError"},
	} {
		v, err := starlark.EvalOptions(opts, &starlark.Thread{}, "t", tc.expr, nil)
		if tc.err != "" {
			if err == nil {
				t.Errorf("%s = %v, want %s", tc.expr, v, tc.err)
			} else if e := pyerr.Classify(err); e.Type != tc.err && e.Type+": "+e.Message != tc.err {
				t.Errorf("%s: error %s: %s, want %s", tc.expr, e.Type, e.Message, tc.err)
			}
			continue
		}
		if err != nil || v != starlark.String(tc.want) {
			t.Errorf("%s = %v, %v; want %q", tc.expr, v, err, tc.want)
		}
	}
}
