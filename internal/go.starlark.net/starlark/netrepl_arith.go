// netrepl patch: Python's /, // and % on ints and floats (CPython 3.11's
// float_divmod, a correctly rounded int / int, ZeroDivisionError and
// OverflowError as CPython words them), and % as formatting through
// PercentHook.

package starlark

import (
	"errors"
	"math"
	"math/big"
	"strconv"
	"strings"

	"go.starlark.net/syntax"
)

// PercentHook, when set (netrepl sets it before any Starlark runs), is
// Python's printf-style formatting, format % args, for a str or bytes
// format: with PythonSemantics on, the interpreter's % calls it for
// every str and bytes left operand.
var PercentHook func(format, args Value) (Value, error)

func zeroDivision(msg string) error { return &PyError{Type: "ZeroDivisionError", Msg: msg} }

// pyArith is x op y for op one of / // %, with PythonSemantics on;
// handled is false when x or y is not an int or float (or op is %
// on a str or bytes without a PercentHook).
func pyArith(op syntax.Token, x, y Value) (v Value, err error, handled bool) {
	if op == syntax.PERCENT && PercentHook != nil {
		switch x.(type) {
		case String, Bytes:
			v, err = PercentHook(x, y)
			return v, err, true
		}
	}
	xi, xInt := x.(Int)
	yi, yInt := y.(Int)
	if xInt && yInt {
		switch op {
		case syntax.SLASH:
			v, err = pyTrueDiv(xi, yi)
		case syntax.SLASHSLASH:
			if yi.Sign() == 0 {
				return nil, zeroDivision("integer division or modulo by zero"), true
			}
			return xi.Div(yi), nil, true
		case syntax.PERCENT:
			if yi.Sign() == 0 {
				return nil, zeroDivision("integer modulo by zero"), true
			}
			return xi.Mod(yi), nil, true
		}
		return v, err, true
	}
	var xf, yf float64
	switch x := x.(type) {
	case Int:
		f, err := x.finiteFloat()
		if err != nil {
			return nil, err, true
		}
		xf = float64(f)
	case Float:
		xf = float64(x)
	default:
		return nil, nil, false
	}
	switch y := y.(type) {
	case Int:
		f, err := y.finiteFloat()
		if err != nil {
			return nil, err, true
		}
		yf = float64(f)
	case Float:
		yf = float64(y)
	default:
		return nil, nil, false
	}
	switch op {
	case syntax.SLASH:
		if yf == 0 {
			return nil, zeroDivision("float division by zero"), true
		}
		return Float(xf / yf), nil, true
	case syntax.SLASHSLASH:
		if yf == 0 {
			return nil, zeroDivision("float floor division by zero"), true
		}
		div, _ := pyFloatDivmod(xf, yf)
		return Float(div), nil, true
	default:
		if yf == 0 {
			return nil, zeroDivision("float modulo"), true
		}
		_, mod := pyFloatDivmod(xf, yf)
		return Float(mod), nil, true
	}
}

// pyFloatDivmod is CPython's float_divmod, for wx != 0.
func pyFloatDivmod(vx, wx float64) (floordiv, mod float64) {
	mod = math.Mod(vx, wx)
	div := (vx - mod) / wx
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, vx/wx)
	}
	return floordiv, mod
}

// pyTrueDiv is int / int: the float nearest the exact quotient.
func pyTrueDiv(x, y Int) (Value, error) {
	if y.Sign() == 0 {
		return nil, zeroDivision("division by zero")
	}
	const exact = 1 << 53
	xs, xb := x.get()
	ys, yb := y.get()
	if xb == nil && yb == nil && -exact <= xs && xs <= exact && -exact <= ys && ys <= exact {
		return Float(float64(xs) / float64(ys)), nil
	}
	f, _ := new(big.Rat).SetFrac(x.BigInt(), y.BigInt()).Float64()
	if math.IsInf(f, 0) {
		return nil, &PyError{Type: "OverflowError", Msg: "integer division result too large for a float"}
	}
	return Float(f), nil
}

// pyParseFloat is Python's float(s) for a str: surrounding whitespace
// ignored, underscores between digits, inf/infinity/nan in any case with
// a sign, a value too large is inf; anything else a ValueError.
func pyParseFloat(s string) (Value, error) {
	t := strings.TrimSpace(s)
	bad := &PyError{Type: "ValueError", Msg: "could not convert string to float: " + pyQuote(s)}
	body := strings.TrimLeft(t, "+-")
	if len(t)-len(body) > 1 {
		return nil, bad
	}
	neg := strings.HasPrefix(t, "-")
	switch strings.ToLower(body) {
	case "inf", "infinity":
		if neg {
			return neginf, nil
		}
		return inf, nil
	case "nan":
		return nan, nil
	}
	// digitpart ["." [digitpart]] | "." digitpart, then [e [sign] digitpart]
	digits := func(i int) (int, bool) { // digit (_? digit)*
		start := i
		for i < len(body) {
			if body[i] >= '0' && body[i] <= '9' {
				i++
			} else if body[i] == '_' && i > start && i+1 < len(body) && body[i+1] >= '0' && body[i+1] <= '9' {
				i++
			} else {
				break
			}
		}
		return i, i > start
	}
	i, intPart := digits(0)
	fracPart := false
	if i < len(body) && body[i] == '.' {
		i, fracPart = digits(i + 1)
	}
	if !intPart && !fracPart {
		return nil, bad
	}
	if i < len(body) && (body[i] == 'e' || body[i] == 'E') {
		i++
		if i < len(body) && (body[i] == '+' || body[i] == '-') {
			i++
		}
		var ok bool
		if i, ok = digits(i); !ok {
			return nil, bad
		}
	}
	if i != len(body) {
		return nil, bad
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(t, "_", ""), 64)
	if err != nil && !errors.Is(err, strconv.ErrRange) {
		return nil, bad
	}
	return Float(f), nil
}
