package builtins

import (
	"fmt"

	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"

	"netrepl/builtins/doc"
	"netrepl/builtins/pyerr"
)

var catch = doc.Func("catch", `catch(fn, *args, **kwargs)
Call fn(*args, **kwargs) and return a result instead of stopping on an
error (a shortcut for try/except at the prompt):
  r.ok     True if fn returned
  r.value  what fn returned (None on error)
  r.error  None, or the error: .type ("ConnectionRefusedError",
           "TimeoutError", "struct.error", "Error" for fail(), ...),
           .errno (int or None), .message, .op (what was being done)
KeyboardInterrupt and exit() are not caught.`, catchFn)

func catchFn(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		return nil, pyerr.TypeErr("catch", "missing argument fn")
	}
	v, err := starlark.Call(thread, args[0], args[1:], kwargs)
	if err == nil {
		return result(true, v, starlark.None), nil
	}
	if Uncatchable(err) {
		return nil, err
	}
	return result(false, starlark.None, &Error{pyerr.Classify(err)}), nil
}

// Uncatchable reports whether err must unwind the whole chunk: exit() and
// cancellation (KeyboardInterrupt), as Python's `except Exception` lets
// SystemExit and KeyboardInterrupt through.
func Uncatchable(err error) bool {
	if _, ok := pyerr.AsExit(err); ok {
		return true
	}
	return pyerr.Classify(err).Type == "KeyboardInterrupt"
}

func result(ok bool, value, err starlark.Value) starlark.Value {
	return starlarkstruct.FromStringDict(starlark.String("result"), starlark.StringDict{
		"ok": starlark.Bool(ok), "value": value, "error": err,
	})
}

// Error is the Starlark value of a caught error.
type Error struct{ E *pyerr.Error }

var _ starlark.HasAttrs = (*Error)(nil)

func (e *Error) String() string        { return e.E.Error() }
func (e *Error) Type() string          { return "error" }
func (e *Error) Freeze()               {}
func (e *Error) Truth() starlark.Bool  { return true }
func (e *Error) Hash() (uint32, error) { return 0, fmt.Errorf("unhashable: error") }
func (e *Error) AttrNames() []string   { return []string{"errno", "message", "op", "type"} }

func (e *Error) Attr(name string) (starlark.Value, error) {
	switch name {
	case "type":
		return starlark.String(e.E.Type), nil
	case "errno":
		if e.E.Errno == 0 {
			return starlark.None, nil
		}
		return starlark.MakeInt(e.E.Errno), nil
	case "message":
		return starlark.String(e.E.Message), nil
	case "op":
		return starlark.String(e.E.Op), nil
	}
	return nil, nil
}

func init() {
	doc.Type("error", `error: what catch() returns in r.error.
  .type     the Python exception name ("ConnectionRefusedError", ...)
  .errno    the OS error number, or None
  .message  the message, as Python words it
  .op       what was being done ("connecting to 127.0.0.1:9"), or ""
str(e) is the whole line: "TYPE: MESSAGE (OP)".`)
}
