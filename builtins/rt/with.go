package rt

import (
	"go.starlark.net/starlark"
)

// CallMethod calls v.name() with no arguments: how the values netrepl
// gives to a with statement (starlark.ContextManager) enter and leave,
// through their own methods, as Python's __enter__ and __exit__ do.
func CallMethod(thread *starlark.Thread, v starlark.HasAttrs, name string) (starlark.Value, error) {
	m, err := v.Attr(name)
	if err != nil {
		return nil, err
	}
	return starlark.Call(thread, m, nil, nil)
}
