// netrepl patch: Python's bytes under PythonSemantics. b[i] is an int,
// bytes iterate as ints (for loops, comprehensions, list(), sorted(),
// ...), `in` and comparisons accept a bytearray (netrepl_bytearray.go),
// and index errors are CPython's.

package starlark

import (
	"fmt"
	"strings"

	"go.starlark.net/syntax"
)

// pyIterable is x as an Iterable: x itself if it is one, or, with
// PythonSemantics, the ints of a bytes or the characters of a str
// (Python's bytes and str are iterable; Starlark's need .elems()).
func pyIterable(x Value) (Iterable, bool) {
	if it, ok := x.(Iterable); ok {
		return it, true
	}
	if !PythonSemantics {
		return nil, false
	}
	switch x := x.(type) {
	case *Instance: // netrepl_class.go: __iter__
		return x.iterable()
	case Bytes:
		return bytesIterable{x}, true
	case String: // netrepl_runtime.go: a str's characters
		return stringCodepoints{x, false}, true
	}
	return nil, false
}

// pyIndexError is the error of an index out of range of a bytes or a
// bytearray, as CPython words it (nil for other values: Starlark's).
func pyIndexError(x Value) error {
	if !PythonSemantics {
		return nil
	}
	switch x.(type) {
	case Bytes:
		return &PyError{"IndexError", "index out of range"}
	case *Bytearray:
		return &PyError{"IndexError", "bytearray index out of range"}
	}
	return nil
}

// pyIndexTypeError is the error of a bytes or bytearray index that is
// not an int (nil for other values).
func pyIndexTypeError(x, y Value) error {
	if !PythonSemantics {
		return nil
	}
	switch x.(type) {
	case Bytes:
		return &PyError{"TypeError", fmt.Sprintf("byte indices must be integers or slices, not %s", pyTypeName(y))}
	case *Bytearray:
		return &PyError{"TypeError", fmt.Sprintf("bytearray indices must be integers or slices, not %s", pyTypeName(y))}
	}
	return nil
}

// AsBuffer is the content of a bytes-like value (bytes or bytearray), as
// Python's buffer protocol gives it to a function that reads bytes: a
// copy for a bytearray, which may change after.
func AsBuffer(v Value) (Bytes, bool) {
	switch v := v.(type) {
	case Bytes:
		return v, true
	case *Bytearray:
		return Bytes(v.b), true
	}
	return "", false
}

// pyByte is a byte value as Python takes it (operator.index, then
// range(0, 256)): an item of bytearray, or the left operand of `in`.
func pyByte(v Value) (byte, error) {
	switch v := v.(type) {
	case Int:
		if x, ok := v.Int64(); ok && x >= 0 && x <= 255 {
			return byte(x), nil
		}
	case Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	default:
		return 0, &PyError{"TypeError", fmt.Sprintf("'%s' object cannot be interpreted as an integer", pyTypeName(v))}
	}
	return 0, &PyError{"ValueError", "byte must be in range(0, 256)"}
}

// pyBytesHas is `needle in b` for Python: a byte value, or any bytes-like
// needle as a substring.
func pyBytesHas(b []byte, needle Value) (bool, error) {
	if s, ok := AsBuffer(needle); ok {
		return strings.Contains(string(b), string(s)), nil
	}
	switch needle.(type) {
	case Int, Bool:
		c, err := pyByte(needle)
		if err != nil {
			return false, err
		}
		for _, x := range b {
			if x == c {
				return true, nil
			}
		}
		return false, nil
	}
	return false, &PyError{"TypeError", fmt.Sprintf("a bytes-like object is required, not '%s'", pyTypeName(needle))}
}

// pyCompareBuffers compares a bytes with a bytearray (either way round),
// as Python does; ok is false when x and y are not both bytes-like.
func pyCompareBuffers(op syntax.Token, x, y Value) (result, ok bool) {
	xb, xok := AsBuffer(x)
	yb, yok := AsBuffer(y)
	if !xok || !yok {
		return false, false
	}
	return threeway(op, strings.Compare(string(xb), string(yb))), true
}

// pyBinaryError is CPython's error for + and * of a bytes or bytearray
// with an operand they do not take (nil for other operations).
func pyBinaryError(op syntax.Token, x, y Value) error {
	if !PythonSemantics {
		return nil
	}
	_, xb := AsBuffer(x)
	_, yb := AsBuffer(y)
	switch {
	case op == syntax.PLUS && xb:
		return &PyError{"TypeError", fmt.Sprintf("can't concat %s to %s", pyTypeName(y), x.Type())}
	case op == syntax.STAR && (xb || yb):
		other := x // the operand that is not a sequence
		switch x.(type) {
		case String, Bytes, *Bytearray, *List, Tuple:
			other = y
		}
		return &PyError{"TypeError", fmt.Sprintf("can't multiply sequence by non-int of type '%s'", pyTypeName(other))}
	}
	return nil
}
