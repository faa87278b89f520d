package repl_test

import (
	"errors"
	"io"
	"testing"

	"go.starlark.net/resolve"
	"go.starlark.net/starlark"

	"netrepl/builtins/pyerr"
	"netrepl/internal/startest"
	"netrepl/repl"
)

// TestStatementVectors runs small programs using Python's statements
// (global, nonlocal, del, assert, chained and starred assignment, loop
// else) each in a new session, as a notebook cell, and compares the
// value of the last statement, or the error, with CPython 3.11's
// (testdata/gen_stmts.py).
func TestStatementVectors(t *testing.T) {
	startest.RunVectorsWith(t, "testdata/stmts.json", 140, 60, func(src string) (starlark.Value, error) {
		s := repl.New(io.Discard, io.Discard, []string{""})
		defer s.Close()
		v, err := s.Cell("<cell>", []byte(src))
		var rl resolve.ErrorList
		if errors.As(err, &rl) {
			return nil, &pyerr.Error{Type: "SyntaxError", Message: rl[0].Msg}
		}
		if v == nil && err == nil {
			v = starlark.None
		}
		return v, err
	})
}
