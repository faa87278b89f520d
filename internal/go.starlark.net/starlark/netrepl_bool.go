// netrepl patch: bool is an int, as Python's, and comparison errors are
// CPython's TypeError. With PythonSemantics,
// True and False are 1 and 0 in arithmetic (True + 1 is 2, -True is -1,
// True & False is False), in comparisons with numbers (1 == True) and as
// dict keys (d[1] and d[True] are the same entry).

package starlark

import (
	"fmt"

	"go.starlark.net/syntax"
)

// boolHash is Bool.Hash: with PythonSemantics, that of the int.
func boolHash(b Bool) (uint32, error) {
	if PythonSemantics {
		return MakeInt(b2i(bool(b))).Hash()
	}
	return uint32(b2i(bool(b))), nil
}

// pyBinary is Binary's netrepl hook, with PythonSemantics on: bools
// in arithmetic as ints, and Python's / // % (pyArith). handled is
// false when Starlark's Binary decides.
// pyBinaryNeeded reports whether pyBinary has anything to do with op, x
// and y: small enough to be inlined into Binary, so that int + int pays
// two comparisons and two type checks for Python's semantics, not a call.
func pyBinaryNeeded(op syntax.Token, x, y Value) bool {
	if op == syntax.PERCENT || op == syntax.SLASH || op == syntax.SLASHSLASH {
		return true
	}
	_, xb := x.(Bool)
	_, yb := y.(Bool)
	return xb || yb
}

func pyBinary(op syntax.Token, x, y Value) (v Value, err error, handled bool) {
	if op == syntax.PERCENT {
		switch x.(type) {
		case String, Bytes: // formatting: "%s" % True is 'True'
			return pyArith(op, x, y)
		}
	}
	xb, xBool := x.(Bool)
	yb, yBool := y.(Bool)
	if xBool || yBool {
		switch op {
		case syntax.AMP, syntax.PIPE, syntax.CIRCUMFLEX:
			if xBool && yBool {
				switch op {
				case syntax.AMP:
					return xb && yb, nil, true
				case syntax.PIPE:
					return xb || yb, nil, true
				default:
					return Bool(xb != yb), nil, true
				}
			}
			fallthrough
		case syntax.PLUS, syntax.MINUS, syntax.STAR, syntax.SLASH, syntax.SLASHSLASH, syntax.PERCENT,
			syntax.LTLT, syntax.GTGT:
			if xBool {
				x = MakeInt(b2i(bool(xb)))
			}
			if yBool {
				y = MakeInt(b2i(bool(yb)))
			}
			v, err = Binary(op, x, y)
			return v, err, true
		}
		return nil, nil, false
	}
	if op == syntax.SLASH || op == syntax.SLASHSLASH || op == syntax.PERCENT {
		return pyArith(op, x, y)
	}
	return nil, nil, false
}

// pyUnaryBool is -b, +b and ~b of a bool, as of an int.
func pyUnaryBool(op syntax.Token, x Value) Value {
	if b, ok := x.(Bool); ok && PythonSemantics && op != syntax.NOT {
		return MakeInt(b2i(bool(b)))
	}
	return x
}

// pyCompareBool compares a bool with a number as the int it is; ok is
// false when neither operand is a bool or the other is no number.
func pyCompareBool(op syntax.Token, x, y Value, depth int) (result bool, err error, ok bool) {
	isNum := func(v Value) bool {
		switch v.(type) {
		case Int, Float, Bool:
			return true
		}
		return false
	}
	xb, xBool := x.(Bool)
	yb, yBool := y.(Bool)
	if (!xBool && !yBool) || !isNum(x) || !isNum(y) {
		return false, nil, false
	}
	if xBool {
		x = MakeInt(b2i(bool(xb)))
	}
	if yBool {
		y = MakeInt(b2i(bool(yb)))
	}
	result, err = CompareDepth(op, x, y, depth)
	return result, err, true
}

// compareErr is the error of an ordered comparison the values do not
// support: Starlark's, or with PythonSemantics CPython's TypeError.
func compareErr(x Value, op syntax.Token, y Value) error {
	if PythonSemantics {
		return typeErr("'%s' not supported between instances of '%s' and '%s'", op, TypeOf(x).Name(), TypeOf(y).Name())
	}
	return fmt.Errorf("%s %s %s not implemented", x.Type(), op, y.Type())
}
