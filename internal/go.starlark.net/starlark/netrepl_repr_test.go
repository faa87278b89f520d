// netrepl patch: Python's repr, str and arithmetic against CPython 3.11
// (testdata/python/repr.json, written by gen_repr.py there).

package starlark_test

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"os"
	"strconv"
	"strings"
	"testing"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

type reprVectors struct {
	Str        [][3]string `json:"str"`
	Bytes      [][3]string `json:"bytes"`
	Float      [][3]string `json:"float"`
	Arith      [][4]string `json:"arith"`
	FloatParse [][2]string `json:"float_parse"`
}

func loadReprVectors(t *testing.T) *reprVectors {
	data, err := os.ReadFile("testdata/python/repr.json")
	if err != nil {
		t.Fatal(err)
	}
	var v reprVectors
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	return &v
}

func pythonSemantics(t *testing.T) {
	starlark.PythonSemantics = true
	t.Cleanup(func() { starlark.PythonSemantics = false })
}

func TestPythonRepr(t *testing.T) {
	pythonSemantics(t)
	v := loadReprVectors(t)
	for _, c := range v.Str {
		s := starlark.String(c[0])
		if got := s.String(); got != c[1] {
			t.Errorf("repr(%q) = %s, CPython %s", c[0], got, c[1])
		}
		if got := starlark.ASCII(s); got != c[2] {
			t.Errorf("ascii(%q) = %s, CPython %s", c[0], got, c[2])
		}
		if got := starlark.Str(s); got != c[0] {
			t.Errorf("str(%q) = %q", c[0], got)
		}
	}
	for _, c := range v.Bytes {
		raw, err := hex.DecodeString(c[0])
		if err != nil {
			t.Fatal(err)
		}
		b := starlark.Bytes(raw)
		if got := b.String(); got != c[1] {
			t.Errorf("repr(bytes.fromhex(%q)) = %s, CPython %s", c[0], got, c[1])
		}
		if got := starlark.Str(b); got != c[2] {
			t.Errorf("str(bytes.fromhex(%q)) = %s, CPython %s", c[0], got, c[2])
		}
	}
	for _, c := range v.Float {
		f, err := strconv.ParseFloat(c[0], 64)
		if err != nil {
			t.Fatal(err)
		}
		x := starlark.Float(f)
		if got := x.String(); got != c[1] {
			t.Errorf("repr(float.fromhex(%q)) = %s, CPython %s", c[0], got, c[1])
		}
		if got := starlark.Str(x); got != c[2] {
			t.Errorf("str(float.fromhex(%q)) = %s, CPython %s", c[0], got, c[2])
		}
	}
}

// pyOperand is one of gen_repr.py's operands.
func pyOperand(t *testing.T, s string) starlark.Value {
	switch s {
	case "10**400":
		return starlark.MakeBigInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(400), nil))
	case "float('inf')":
		return starlark.Float(math.Inf(1))
	case "float('-inf')":
		return starlark.Float(math.Inf(-1))
	case "float('nan')":
		return starlark.Float(math.NaN())
	}
	if !strings.ContainsAny(s, ".e") {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			t.Fatal(err)
		}
		return starlark.MakeInt64(n)
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatal(err)
	}
	return starlark.Float(f)
}

// pyResult is a value, or an error as "!Type: message", as the vectors
// write them.
func pyResult(v starlark.Value, err error) string {
	if err != nil {
		var e *starlark.PyError
		if errors.As(err, &e) {
			return "!" + e.Error()
		}
		return "!starlark: " + err.Error()
	}
	return v.String()
}

func TestPythonArithmetic(t *testing.T) {
	pythonSemantics(t)
	v := loadReprVectors(t)
	ops := map[string]syntax.Token{"/": syntax.SLASH, "//": syntax.SLASHSLASH, "%": syntax.PERCENT,
		"*": syntax.STAR, "+": syntax.PLUS, "-": syntax.MINUS}
	for _, c := range v.Arith {
		x, y := pyOperand(t, c[0]), pyOperand(t, c[2])
		got := pyResult(starlark.Binary(ops[c[1]], x, y))
		if got != c[3] {
			t.Errorf("%s %s %s = %s, CPython %s", c[0], c[1], c[2], got, c[3])
		}
	}
	thread := new(starlark.Thread)
	for _, c := range v.FloatParse {
		got := pyResult(starlark.Call(thread, starlark.Universe["float"], starlark.Tuple{starlark.String(c[0])}, nil))
		if got != c[1] {
			t.Errorf("float(%q) = %s, CPython %s", c[0], got, c[1])
		}
	}
}
