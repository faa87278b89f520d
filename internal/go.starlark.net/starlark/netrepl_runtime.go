// netrepl patch: Python's runtime semantics under PythonSemantics where
// Starlark differs in ways a Python user notices: a str is iterable (its
// characters: pyIterable in netrepl_bytes.go), lists and dicts may change
// under a loop, and the errors of operators are CPython's TypeErrors with
// CPython's messages.

package starlark

import (
	"fmt"

	"go.starlark.net/syntax"
)

// pyOperandError is Binary's last resort with PythonSemantics: CPython's
// TypeError for x op y that no operand defines (nil without
// PythonSemantics). A bool operand never gets here (netrepl_bool.go).
func pyOperandError(op syntax.Token, x, y Value) error {
	if !PythonSemantics {
		return nil
	}
	tx, ty := pyTypeName(x), pyTypeName(y)
	switch op {
	case syntax.IN, syntax.NOT_IN:
		if _, ok := y.(String); ok {
			return &PyError{"TypeError", fmt.Sprintf("'in <string>' requires string as left operand, not %s", tx)}
		}
		return &PyError{"TypeError", fmt.Sprintf("argument of type '%s' is not iterable", ty)}
	case syntax.PLUS:
		switch x.(type) {
		case String, *List, Tuple:
			return &PyError{"TypeError", fmt.Sprintf("can only concatenate %s (not \"%s\") to %s", tx, ty, tx)}
		}
	case syntax.STAR:
		if isSequence(x) || isSequence(y) {
			other := y
			if !isSequence(x) {
				other = x
			}
			return &PyError{"TypeError", fmt.Sprintf("can't multiply sequence by non-int of type '%s'", pyTypeName(other))}
		}
	case syntax.STARSTAR:
		return &PyError{"TypeError", fmt.Sprintf("unsupported operand type(s) for ** or pow(): '%s' and '%s'", tx, ty)}
	}
	return &PyError{"TypeError", fmt.Sprintf("unsupported operand type(s) for %s: '%s' and '%s'", op, tx, ty)}
}

func isSequence(v Value) bool {
	switch v.(type) {
	case String, Bytes, *List, Tuple:
		return true
	}
	return false
}

// pyUnaryError is Unary's last resort with PythonSemantics: CPython's
// TypeError for an operand that does not define op (nil without
// PythonSemantics).
func pyUnaryError(op syntax.Token, x Value) error {
	if !PythonSemantics {
		return nil
	}
	return &PyError{"TypeError", fmt.Sprintf("bad operand type for unary %s: '%s'", op, pyTypeName(x))}
}

// pyNotIterable is err, or with PythonSemantics CPython's TypeError for
// iterating over x.
func pyNotIterable(x Value, err error) error {
	if !PythonSemantics {
		return err
	}
	return &PyError{"TypeError", fmt.Sprintf("'%s' object is not iterable", pyTypeName(x))}
}

// pyIterUnlock lets a dict that loops are iterating change, with
// PythonSemantics (Python allows it; the loop's next step then raises
// RuntimeError, keyIterator.pyChanged): it lifts the iteration lock
// until restore. ok is false when upstream's error stands (no
// PythonSemantics, or a frozen dict).
func (ht *hashtable) pyIterUnlock() (restore func(), ok bool) {
	if !PythonSemantics || ht.frozen || ht.itercount == 0 {
		return nil, false
	}
	n := ht.itercount
	ht.itercount = 0
	return func() { ht.itercount = n }, true
}

// pyChanged reports whether the dict changed size since the iteration
// began, and then ends it with CPython's RuntimeError (pyIterErr).
func (it *keyIterator) pyChanged() bool {
	if it.ht.len == it.len0 {
		return false
	}
	it.pyErr = &PyError{"RuntimeError", "dictionary changed size during iteration"}
	return true
}

// pyIterErr is the error that ended the iteration iter early, if any.
func pyIterErr(iter Iterator) error {
	if it, ok := iter.(*keyIterator); ok {
		return it.pyErr
	}
	if it, ok := iter.(ErrIterator); ok { // netrepl_iter.go
		return it.Err()
	}
	return nil
}
