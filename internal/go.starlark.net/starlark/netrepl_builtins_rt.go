// netrepl patch: Python's int() under PythonSemantics: whitespace,
// underscores, base prefixes, and CPython's errors.

package starlark

import (
	"fmt"
	"math"
	"math/big"
	"strings"
)

// pyIntBuiltin is Python's int(x=0, base=10).
func pyIntBuiltin(args Tuple, kwargs []Tuple) (Value, error) {
	var x Value = zero
	var base Value
	if err := UnpackArgs("int", args, kwargs, "x?", &x, "base?", &base); err != nil {
		return nil, err
	}
	var s string
	isText := false
	switch v := x.(type) {
	case String:
		s, isText = string(v), true
	case Bytes:
		s, isText = string(v), true
	}
	if base != nil && !isText {
		return nil, &PyError{"TypeError", "int() can't convert non-string with explicit base"}
	}
	if isText {
		b := 10
		if base != nil {
			bi, ok := base.(Int)
			if !ok {
				return nil, &PyError{"TypeError", fmt.Sprintf("'%s' object cannot be interpreted as an integer", pyTypeName(base))}
			}
			b64, ok := bi.Int64()
			if !ok || b64 != 0 && (b64 < 2 || b64 > 36) {
				return nil, &PyError{"ValueError", "int() base must be >= 2 and <= 36, or 0"}
			}
			b = int(b64)
		}
		if v, ok := pyParseInt(s, b); ok {
			return v, nil
		}
		return nil, &PyError{"ValueError", fmt.Sprintf("invalid literal for int() with base %d: %s", b, pyRepr(x))}
	}
	switch v := x.(type) {
	case Int:
		return v, nil
	case Bool:
		if v {
			return one, nil
		}
		return zero, nil
	case Float:
		f := float64(v)
		if math.IsInf(f, 0) {
			return nil, &PyError{"OverflowError", "cannot convert float infinity to integer"}
		} else if math.IsNaN(f) {
			return nil, &PyError{"ValueError", "cannot convert float NaN to integer"}
		}
		return finiteFloatToInt(v), nil
	}
	return nil, &PyError{"TypeError", fmt.Sprintf("int() argument must be a string, a bytes-like object or a real number, not '%s'", pyTypeName(x))}
}

// pyParseInt parses s as Python's int(s, base) does: surrounding
// whitespace, a sign, a base prefix (which must match base, or any with
// base 0), and single underscores between digits.
func pyParseInt(s string, base int) (Value, bool) {
	t := strings.TrimSpace(s)
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	prefixed := false
	if len(t) >= 2 && t[0] == '0' {
		pb := 0
		switch t[1] {
		case 'x', 'X':
			pb = 16
		case 'o', 'O':
			pb = 8
		case 'b', 'B':
			pb = 2
		}
		if pb != 0 && (base == 0 || base == pb) {
			base, prefixed = pb, true
			t = t[2:]
			if strings.HasPrefix(t, "_") {
				t = t[1:]
			}
		}
	}
	if t == "" || t[0] == '_' || t[len(t)-1] == '_' || strings.Contains(t, "__") {
		return nil, false
	}
	t = strings.ReplaceAll(t, "_", "")
	if base == 0 && !prefixed {
		base = 10
		if len(t) > 1 && t[0] == '0' && strings.Trim(t, "0") != "" {
			return nil, false // 010: leading zeros only for zero
		}
	}
	for _, c := range t {
		var d int
		switch {
		case '0' <= c && c <= '9':
			d = int(c - '0')
		case 'a' <= c && c <= 'z':
			d = int(c-'a') + 10
		case 'A' <= c && c <= 'Z':
			d = int(c-'A') + 10
		default:
			return nil, false
		}
		if d >= base {
			return nil, false
		}
	}
	z, ok := new(big.Int).SetString(t, base)
	if !ok {
		return nil, false
	}
	if neg {
		z.Neg(z)
	}
	return MakeBigInt(z), true
}
