package builtins_test

import (
	"testing"

	"netrepl/builtins/pyerr"
	"netrepl/internal/startest"
)

// sum as CPython 3.11 answers (python3 -c 'print(repr(sum(...)))').
func TestSum(t *testing.T) {
	s := startest.New(t)
	for _, tc := range []struct{ expr, want, err string }{
		{expr: "sum([1, 2, 3])", want: "6"},
		{expr: "sum([])", want: "0"},
		{expr: "sum((0.5, 1), 1)", want: "2.5"},
		{expr: "sum([1, 2], start=10)", want: "13"},
		{expr: "sum([[1], [2]], [])", want: "[1, 2]"},
		{expr: "sum(range(101))", want: "5050"},
		{expr: `sum(["a"], "")`, err: "TypeError: sum() can't sum strings [use ''.join(seq) instead]"},
		{expr: `sum([b"a"], b"")`, err: "TypeError: sum() can't sum bytes [use b''.join(seq) instead]"},
	} {
		v, err := s.Eval(tc.expr)
		switch {
		case tc.err != "":
			if e := pyerr.Classify(err); err == nil || e.Type+": "+e.Message != tc.err {
				t.Errorf("%s: error %v, want %s", tc.expr, err, tc.err)
			}
		case err != nil:
			t.Errorf("%s: %v", tc.expr, err)
		case v.String() != tc.want:
			t.Errorf("%s = %s, want %s", tc.expr, v, tc.want)
		}
	}
}
