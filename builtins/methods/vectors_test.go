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

// TestBytesVectors checks bytes as Python's values (b[i] an int,
// iteration, in, bytes(), fromhex, int.from_bytes, to_bytes) and
// bytearray against CPython 3.11 (testdata/gen_bytes.py), each case run
// as a REPL chunk.
func TestBytesVectors(t *testing.T) {
	startest.RunChunkVectors(t, "testdata/bytes.json", 1550, 400)
}

// TestPythonMethodsVectors: str.ljust/rjust/center/zfill, list.sort,
// copy, count, reverse and dict.copy against CPython 3.11
// (testdata/gen_pymethods.py).
func TestPythonMethodsVectors(t *testing.T) {
	startest.RunVectors(t, "testdata/pymethods.json", 400, 20)
}
