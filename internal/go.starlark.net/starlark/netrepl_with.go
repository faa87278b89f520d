// netrepl patch: the runtime of Python's with and import statements
// (syntax.FileOptions.Python).

package starlark

import (
	"fmt"
	"strings"
)

// A ContextManager is a value a with statement can enter and leave, as
// a Python object with __enter__ and __exit__ (a socket, a server, a
// lock).
type ContextManager interface {
	Value
	// Enter is called as the with block is entered; what it returns is
	// what "as" binds.
	Enter(thread *Thread) (Value, error)
	// Exit is called however the block ends: at its end, by break,
	// continue or return (exc nil), or by an error (exc is the error
	// going out of the block). A non-nil result is raised instead of
	// exc, as an exception raised by Python's __exit__ is.
	Exit(thread *Thread, exc error) error
}

// withEnter enters the value of a with item.
func withEnter(thread *Thread, x Value) (ContextManager, Value, error) {
	cm, ok := x.(ContextManager)
	if !ok {
		return nil, nil, &PyError{Type: "TypeError", Msg: fmt.Sprintf("'%s' object does not support the context manager protocol", x.Type())}
	}
	v, err := cm.Enter(thread)
	if err != nil {
		return nil, nil, err
	}
	return cm, v, nil
}

// importModule is "import name": the module thread.Import returns.
func importModule(thread *Thread, name string) (Value, error) {
	if strings.HasPrefix(name, ".") {
		return nil, &PyError{Type: "ImportError", Msg: "attempted relative import with no known parent package"}
	}
	if thread.Import == nil {
		first, _, _ := strings.Cut(name, ".")
		return nil, &PyError{Type: "ModuleNotFoundError", Msg: fmt.Sprintf("No module named '%s'", first)}
	}
	return thread.Import(thread, name)
}

// importFrom is "from module import name".
func importFrom(modname, module Value, name string) (Value, error) {
	if x, ok := module.(HasAttrs); ok {
		if v, err := x.Attr(name); err == nil && v != nil {
			return v, nil
		}
	}
	m, _ := AsString(modname)
	return nil, &PyError{Type: "ImportError", Msg: fmt.Sprintf("cannot import name '%s' from '%s' (unknown location)", name, m)}
}
