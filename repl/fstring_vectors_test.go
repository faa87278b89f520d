package repl_test

import (
	"testing"

	"netrepl/internal/startest"
)

// TestFStringVectors evaluates f-strings as chunks (where the rewrite
// turns them into str.format calls) and compares with CPython 3.11
// (testdata/gen_fstrings.py).
func TestFStringVectors(t *testing.T) {
	startest.RunChunkVectors(t, "testdata/fstrings.json", 60, 4)
}
