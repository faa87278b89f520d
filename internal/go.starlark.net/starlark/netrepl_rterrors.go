// netrepl patch: the interpreter's and the built-ins' runtime errors as
// CPython's (type and message) under PythonSemantics, where Starlark has
// its own wording and netrepl would otherwise guess the type from it.

package starlark

import (
	"fmt"
	"strings"

	"go.starlark.net/internal/spell"
)

// pyErr is err, or with PythonSemantics the Python exception typ with
// msg (format and args as fmt.Sprintf).
func pyErr(err error, typ, format string, args ...any) error {
	if !PythonSemantics {
		return err
	}
	return &PyError{typ, fmt.Sprintf(format, args...)}
}

// pyNoAttr is getAttr's error: with PythonSemantics CPython's
// AttributeError, with its "Did you mean" hint (as 3.11's traceback
// prints it).
func pyNoAttr(x Value, name string, names []string, err error) error {
	if !PythonSemantics {
		return err
	}
	var msg string
	if x.Type() == "module" {
		// starlarkstruct.Module's String is <module 'name' (built-in)>
		// (upstream's <module "name">).
		s := x.String()
		if i := strings.IndexAny(s, `"'`); i >= 0 {
			if j := strings.IndexByte(s[i+1:], s[i]); j >= 0 {
				msg = fmt.Sprintf("module '%s' has no attribute '%s'", s[i+1:i+1+j], name)
			}
		}
	}
	if msg == "" {
		msg = fmt.Sprintf("'%s' object has no attribute '%s'", pyTypeName(x), name)
	}
	if n := spell.Nearest(name, names); n != "" {
		msg += fmt.Sprintf(". Did you mean: '%s'?", n)
	}
	return &PyError{"AttributeError", msg}
}

// pyIndexOutOfRange is CPython's IndexError for x[i] out of range.
func pyIndexOutOfRange(x Value) error {
	t := pyTypeName(x)
	if t == "str" {
		t = "string"
	}
	return &PyError{"IndexError", t + " index out of range"}
}

// pyHashErr is a key's hash error as CPython's TypeError: "unhashable
// type: 'list'" (the unhashable value, also inside a tuple).
func pyHashErr(err error) error {
	if !PythonSemantics || is[*PyError](err) {
		return err
	}
	msg := err.Error()
	for _, p := range []string{"unhashable type: ", "unhashable: "} {
		if i := strings.Index(msg, p); i >= 0 {
			return &PyError{"TypeError", fmt.Sprintf("unhashable type: '%s'", pyStarlarkTypeName(msg[i+len(p):]))}
		}
	}
	return err
}

// pyStarlarkTypeName is Python's name for a Starlark type name.
func pyStarlarkTypeName(t string) string {
	if t == "string" {
		return "str"
	}
	return t
}

// pyPopMessage is list.pop's IndexError for a list of n elements.
func pyPopMessage(n int) string {
	if n == 0 {
		return "pop from empty list"
	}
	return "pop index out of range"
}
