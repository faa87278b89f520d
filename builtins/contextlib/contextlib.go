// Package contextlib is the part of Python's contextlib that socket code
// uses: closing(thing), for `with closing(sock):`. netrepl's with closes
// a socket or server by itself; closing returns thing, so the with closes
// it (see repl/with.go).
package contextlib

import (
	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"

	"netrepl/builtins/doc"
	"netrepl/builtins/pyerr"
)

// Module is the `contextlib` module.
var Module = &starlarkstruct.Module{
	Name: "contextlib",
	Members: starlark.StringDict{
		"closing": doc.Func("closing", `closing(thing)
Return thing, for "with closing(thing):", which calls thing.close() when
the block ends, however it ends.`, closing),
	},
}

func init() {
	doc.Type("contextlib", "Python's closing(thing), for with statements.")
}

func closing(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var thing starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &thing); err != nil {
		return nil, err
	}
	if h, ok := thing.(starlark.HasAttrs); ok {
		if m, _ := h.Attr("close"); m != nil {
			return thing, nil
		}
	}
	return nil, pyerr.New("AttributeError", "'%s' object has no attribute 'close'", pyerr.TypeName(thing))
}
