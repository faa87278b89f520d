package builtins_test

import (
	"testing"

	"netrepl/internal/startest"
)

// TestNumericVectors checks round, hex, oct, bin, pow and divmod against
// CPython 3.11 (testdata/gen_numeric.py).
func TestNumericVectors(t *testing.T) {
	startest.RunVectors(t, "testdata/numeric.json", 300, 25)
}
