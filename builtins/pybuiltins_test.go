package builtins_test

import (
	"testing"

	"netrepl/internal/startest"
)

// TestPythonBuiltinsVectors checks repr, str and ascii of every kind of
// value, type objects, isinstance and Python's builtins against CPython
// 3.11 (testdata/gen_pybuiltins.py), each as a chunk of a session.
func TestPythonBuiltinsVectors(t *testing.T) {
	startest.RunChunkVectors(t, "testdata/pybuiltins.json", 300, 12)
}
