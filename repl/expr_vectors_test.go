package repl_test

import (
	"testing"

	"netrepl/internal/startest"
)

// TestExpressionVectors runs Python 3.11's expression syntax (**, is,
// chained comparisons, sets, generator expressions, call arguments,
// starred items, literals) as REPL chunks against CPython's values and
// errors (testdata/gen_expressions.py).
func TestExpressionVectors(t *testing.T) {
	startest.RunChunkVectors(t, "testdata/expressions.json", 500, 30)
}
