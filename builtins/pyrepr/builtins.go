package pyrepr

import (
	"go.starlark.net/starlark"

	"netrepl/builtins/doc"
)

// Repr and str, netrepl's: they write bytes as Python does (Repr).
var (
	ReprBuiltin = doc.Func("repr", `repr(x)
x as a literal: bytes as Python writes them, b"\x07\xc0", strings in
double quotes.`, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var x starlark.Value
		if err := starlark.UnpackPositionalArgs("repr", args, kwargs, 1, &x); err != nil {
			return nil, err
		}
		return starlark.String(Repr(x)), nil
	})
	StrBuiltin = doc.Func("str", `str(x)
x as text: a str is itself, bytes are decoded as UTF-8 (invalid bytes
become U+FFFD; b.decode() says more), anything else is its repr.`, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var x starlark.Value
		if err := starlark.UnpackPositionalArgs("str", args, kwargs, 1, &x); err != nil {
			return nil, err
		}
		if _, ok := x.(starlark.Bytes); ok {
			return starlark.Call(thread, starlark.Universe["str"], args, nil)
		}
		return starlark.String(Str(x)), nil
	})
)
