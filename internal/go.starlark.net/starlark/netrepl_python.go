// netrepl patch: the runtime switch to Python's semantics, and errors
// that carry a Python exception type.

package starlark

// PythonSemantics switches values to CPython 3.11's behaviour where
// netrepl's dialect differs from Starlark's (bytes index as ints, Python's
// repr, ...). It is set once, before any Starlark runs (netrepl sets it
// when its builtins are initialised) and never changed after; upstream's
// tests run with it off, so they test upstream's semantics.
var PythonSemantics bool

// PyError is a runtime error of a named Python exception type, raised by
// the interpreter or a builtin in Python mode: Type is the exception's
// name ("TypeError", "AssertionError", "UnboundLocalError"), Msg its
// message as CPython words it.
type PyError struct {
	Type string
	Msg  string
}

func (e *PyError) Error() string {
	if e.Msg == "" {
		return e.Type
	}
	return e.Type + ": " + e.Msg
}
