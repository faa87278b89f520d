package printf_test

import (
	"testing"

	"netrepl/internal/startest"
)

// TestVectors evaluates each `"literal" % x` of CPython 3.11's vectors as
// a chunk of a netrepl session, where the rewrite sends it to Format.
func TestVectors(t *testing.T) {
	startest.RunChunkVectors(t, "testdata/vectors.json", 1700, 200)
}
