package printf_test

import (
	"io"
	"testing"

	"go.starlark.net/starlark"

	"netrepl/internal/startest"
	"netrepl/repl"
)

// TestVectors evaluates each `"literal" % x` of CPython 3.11's vectors as
// a chunk of a netrepl session, where the rewrite sends it to Format.
func TestVectors(t *testing.T) {
	s := repl.New(io.Discard, io.Discard, []string{""})
	startest.RunVectorsWith(t, "testdata/vectors.json", 1700, 200, func(expr string) (starlark.Value, error) {
		return s.Cell("<expr>", []byte(expr))
	})
}
