// Package pyerr is netrepl's error value: a failure named the way Python
// names it (ConnectionRefusedError, struct.error, KeyboardInterrupt, ...),
// with an errno where the operating system gave one and, like Go's
// *net.OpError, what was being done when it happened.
//
// Builtins return *Error; the interpreter wraps it in a *starlark.EvalError
// whose Unwrap leads back to it, so catch() and the REPL's error printer find
// it with errors.As. Errors that are not *Error (Starlark's own, fail()) are
// named by Classify.
package pyerr

import (
	"errors"
	"fmt"
	"math/big"
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

// Error is a Python-named error.
type Error struct {
	Type    string // Python exception name: "OSError", "TimeoutError", "struct.error", ...
	Errno   int    // errno, or 0 when there is none (Python's None)
	Message string // Python's message, e.g. "[Errno 111] Connection refused"
	Op      string // what was being done, e.g. "connecting to 127.0.0.1:9"; may be empty
	Err     error  // the underlying Go error, if any
}

// New returns an error of the given Python type with no errno.
func New(typ, format string, args ...any) *Error {
	return &Error{Type: typ, Message: fmt.Sprintf(format, args...)}
}

// Error reports the error as Python prints its last traceback line:
// "ConnectionRefusedError: [Errno 111] Connection refused (connecting to 127.0.0.1:9)".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Type)
	if e.Message != "" {
		b.WriteString(": ")
		b.WriteString(e.Message)
	}
	if e.Op != "" {
		b.WriteString(" (")
		b.WriteString(e.Op)
		b.WriteString(")")
	}
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// PyException makes e an instance of its Python class when a try
// statement catches it (starlark.ExceptionError): e.args is (errno,
// strerror) for an errno, else (message,); str(e) is the message.
func (e *Error) PyException() (string, starlark.Tuple, string) {
	switch {
	case e.Errno != 0:
		return e.Type, starlark.Tuple{starlark.MakeInt(e.Errno), starlark.String(Strerror(e.Errno))}, e.Message
	case e.Message != "":
		return e.Type, starlark.Tuple{starlark.String(e.Message)}, e.Message
	}
	return e.Type, nil, ""
}

// KeyboardInterrupt is what a blocking builtin returns when the session
// cancels it (Ctrl-C).
func KeyboardInterrupt() *Error { return &Error{Type: "KeyboardInterrupt"} }

// Timeout is Python's socket.timeout: TimeoutError("timed out").
func Timeout(op string) *Error { return &Error{Type: "TimeoutError", Message: "timed out", Op: op} }

// TypeErr and ValueErr are the argument errors every builtin reports;
// name is the builtin, so the message says who complained.
func TypeErr(name, format string, args ...any) *Error {
	return &Error{Type: "TypeError", Message: name + ": " + fmt.Sprintf(format, args...)}
}

func ValueErr(name, format string, args ...any) *Error {
	return &Error{Type: "ValueError", Message: name + ": " + fmt.Sprintf(format, args...)}
}

// Exit is returned by sys.exit and exit(): it unwinds the interpreter and
// tells the command how to leave. It is not an Error, so catch() lets it pass.
type Exit struct{ Code int }

func (e *Exit) Error() string { return fmt.Sprintf("SystemExit: %d", e.Code) }

// AsExit reports whether err ends the program: sys.exit(n), or a
// SystemExit raised by raise (code from its argument: an int, 0 for
// None or none; 1 for anything else).
func AsExit(err error) (*Exit, bool) {
	var exit *Exit
	if errors.As(err, &exit) {
		return exit, true
	}
	var exc *starlark.Exception
	if errors.As(err, &exc) && exc.Class() == starlark.ExceptionClass("SystemExit") {
		args := exc.Args()
		if len(args) == 0 || args[0] == starlark.None {
			return &Exit{Code: 0}, true
		}
		if n, ok := args[0].(starlark.Int); ok {
			if i, ok := n.Int64(); ok {
				return &Exit{Code: int(i)}, true
			}
		}
		return &Exit{Code: 1}, true // (CPython also prints the argument)
	}
	return nil, false
}

// PyException: sys.exit(n) raises SystemExit(n).
func (e *Exit) PyException() (string, starlark.Tuple, string) {
	return "SystemExit", starlark.Tuple{starlark.MakeInt(e.Code)}, fmt.Sprint(e.Code)
}

// Classify gives any error from the interpreter a Python name, a message
// and an errno. *Error is taken as it is; Starlark's own errors are named
// by their text (Starlark has only strings), and fail("x") is type "Error"
// with message "x".
func Classify(err error) *Error {
	var pe *Error
	if errors.As(err, &pe) {
		return pe
	}
	var exc *starlark.Exception
	if errors.As(err, &exc) {
		// raised by raise: its class, its str, its errno
		e := &Error{Type: exc.Class().Name(), Message: exc.PyStr(), Err: err}
		if name, _, _ := exc.PyException(); name != "" {
			e.Type = name
		}
		if args := exc.Args(); len(args) == 2 && exc.Class().IsSubtype(starlark.ExceptionClass("OSError")) {
			if n, ok := args[0].(starlark.Int); ok {
				if i, ok := n.Int64(); ok {
					e.Errno = int(i)
				}
			}
		}
		return e
	}
	var pe2 starlark.ExceptionError
	if errors.As(err, &pe2) {
		name, _, str := pe2.PyException()
		return &Error{Type: name, Message: str, Err: err}
	}
	var se syntax.Error
	if errors.As(err, &se) {
		return &Error{Type: "SyntaxError", Message: se.Msg, Err: err}
	}
	msg := err.Error()
	var ee *starlark.EvalError
	if errors.As(err, &ee) {
		msg = ee.Msg
		if n := len(ee.CallStack); n > 0 && ee.CallStack[n-1].Name == "fail" {
			return &Error{Type: "Error", Message: strings.TrimPrefix(msg, "fail: "), Err: err}
		}
	}
	if strings.HasPrefix(msg, cancelled) {
		// thread.Cancel's reason is ours, not the user's: Python prints
		// a bare "KeyboardInterrupt".
		return &Error{Type: "KeyboardInterrupt", Err: err}
	}
	return &Error{Type: starlarkType(msg), Message: msg, Err: err}
}

// cancelled starts the error the interpreter returns after thread.Cancel.
const cancelled = "Starlark computation cancelled"

// starlarkType names one of Starlark's own error messages after the
// Python exception that the same mistake raises in Python.
func starlarkType(msg string) string {
	for _, r := range starlarkRules {
		if strings.Contains(msg, r.substr) {
			return r.typ
		}
	}
	return "Error"
}

// With starlark.PythonSemantics (as netrepl runs) the interpreter raises
// starlark.PyError for operators, attributes, calls, indexing and most
// built-ins, so these rules name what is left: errors of netrepl's own
// and Starlark's argument checks, and upstream's messages in tests.
var starlarkRules = []struct{ substr, typ string }{
	{"division by zero", "ZeroDivisionError"},
	{"modulo by zero", "ZeroDivisionError"},
	{"not in dict", "KeyError"},
	{"key ", "KeyError"},
	{"index: got ", "TypeError"}, // list index: got float, want int
	{"out of range", "IndexError"},
	{"index ", "IndexError"},
	{"can't assign to", "AttributeError"},
	{"undefined:", "NameError"},
	{"referenced before assignment", "NameError"},
	{"is not defined", "NameError"},
	{"not hashable", "TypeError"},
	{"unhashable", "TypeError"},
	{"cannot convert", "TypeError"},
	{"unsupported", "TypeError"},
	{"has no len", "TypeError"},
	{"not iterable", "TypeError"},
	{"not callable", "TypeError"},
	{"value of type", "TypeError"},
	{"got ", "TypeError"},
	{"want ", "TypeError"},
	{"missing argument", "TypeError"},
	{"unexpected keyword", "TypeError"},
	{"frozen", "TypeError"},
	{"during iteration", "RuntimeError"},
	{"maximum recursion", "RecursionError"},
	{"called recursively", "RecursionError"},
	{"invalid literal", "ValueError"},
	{"invalid ", "ValueError"},
	{"not in list", "ValueError"},
	{"overflow", "OverflowError"},
}

// TypeName is the Python name of v's type, for messages: "str" where
// Starlark says "string"; every other Starlark type already has its
// Python name (int, bytes, NoneType, builtin_function_or_method, ...).
func TypeName(v starlark.Value) string {
	return starlark.TypeOf(v).Name()
}

// StrRepr is a str's repr as Python writes it in messages (a KeyError's
// 'key'): single quotes unless the text holds one.
func StrRepr(s string) string { return starlark.PyQuote(s) }

// Index is Python's operator.index for the values netrepl has: an int,
// or a bool as 0 or 1; anything else is Python's TypeError.
func Index(v starlark.Value) (*big.Int, error) {
	switch v := v.(type) {
	case starlark.Int:
		return v.BigInt(), nil
	case starlark.Bool:
		if v {
			return big.NewInt(1), nil
		}
		return big.NewInt(0), nil
	}
	return nil, New("TypeError", "'%s' object cannot be interpreted as an integer", TypeName(v))
}

// Buffer is a bytes-like argument, as Python's buffer protocol takes it:
// a bytes, or a bytearray's content at the call. Anything else is
// Python's TypeError, named after the builtin name when it is not "".
// Every builtin that reads bytes (sockets' send, struct.unpack, binascii,
// the bytes methods) takes its data through Buffer.
func Buffer(name string, v starlark.Value) (string, error) {
	if b, ok := starlark.AsBuffer(v); ok {
		return string(b), nil
	}
	const msg = "a bytes-like object is required, not '%s'"
	if name == "" {
		return "", New("TypeError", msg, TypeName(v))
	}
	return "", TypeErr(name, msg, TypeName(v))
}

// RecoverInternal, deferred, turns a Go panic into the error it returns:
// SystemError, an internal error to report (starlark.InternalError), so
// that a bug in netrepl ends the chunk, not the session.
func RecoverInternal(err *error) {
	if r := recover(); r != nil {
		*err = starlark.InternalError(r)
	}
}
