package methods_test

import (
	"testing"

	"netrepl/internal/startest"
)

// TestVectors checks every bytes method and str.encode against what
// CPython 3.11 returned or raised (testdata/gen_vectors.py).
func TestVectors(t *testing.T) {
	startest.RunVectors(t, "testdata/vectors.json", 7000, 1500)
}

// TestFormat checks str.format and its format specs against CPython 3.11
// (testdata/gen_format.py).
func TestFormat(t *testing.T) {
	startest.RunVectors(t, "testdata/format.json", 1500, 190)
}
