// netrepl patch: the runtime switch to Python's semantics, and errors
// that carry a Python exception type.

package starlark

import (
	"fmt"
	"runtime/debug"
)

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

// MaxCallDepth is the deepest call stack of a thread in Python mode:
// a deeper call is Python's RecursionError (CPython's default limit is
// 1000), where Go's stack would otherwise overflow and end the process.
var MaxCallDepth = 1000

// PanicStacks adds the Go stack to the message of an InternalError
// (netrepl sets it from $NETREPL_DEBUG): for reports, not for users.
var PanicStacks bool

// InternalError is the error a Go panic inside a call becomes in Python
// mode (Call recovers it): Python's SystemError, an internal error to
// report, with the panic's value.
func InternalError(v any) *PyError {
	msg := fmt.Sprintf("internal error: %v (a bug in netrepl: please report it)", v)
	if PanicStacks {
		msg += "\n" + string(debug.Stack())
	}
	return &PyError{Type: "SystemError", Msg: msg}
}
