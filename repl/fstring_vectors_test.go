package repl_test

import (
	"io"
	"testing"

	"go.starlark.net/starlark"

	"netrepl/internal/startest"
	"netrepl/repl"
)

// TestFStringVectors evaluates f-strings as chunks (where the rewrite
// turns them into str.format calls) and compares with CPython 3.11
// (testdata/gen_fstrings.py).
func TestFStringVectors(t *testing.T) {
	s := repl.New(io.Discard, io.Discard, []string{""})
	startest.RunVectorsWith(t, "testdata/fstrings.json", 60, 4, func(expr string) (starlark.Value, error) {
		return s.Cell("<expr>", []byte(expr))
	})
}
