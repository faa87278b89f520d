package structs_test

import (
	"testing"

	"netrepl/internal/startest"
)

// The conformance vectors: expressions that CPython 3.11 evaluated in
// testdata/gen_vectors.py, with what it returned or raised.
func TestVectors(t *testing.T) {
	startest.RunVectors(t, "testdata/vectors.json", 5000, 300)
}
