package builtins

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"netrepl/builtins/doc"
	"netrepl/builtins/pyerr"
)

// sum is Python's sum, which Starlark lacks.
var sum = doc.Func("sum", `sum(iterable, start=0)
The start value plus every item of iterable: sum([1, 2, 3]) is 6.
For str and bytes, join them: "".join(items), b"".join(items).`, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var iterable starlark.Iterable
	var acc starlark.Value = starlark.MakeInt(0)
	if err := starlark.UnpackArgs("sum", args, kwargs, "iterable", &iterable, "start?", &acc); err != nil {
		return nil, err
	}
	switch acc.(type) {
	case starlark.String:
		return nil, pyerr.New("TypeError", "sum() can't sum strings [use ''.join(seq) instead]")
	case starlark.Bytes:
		return nil, pyerr.New("TypeError", "sum() can't sum bytes [use b''.join(seq) instead]")
	}
	iter := iterable.Iterate()
	defer iter.Done()
	var x starlark.Value
	for iter.Next(&x) {
		var err error
		if acc, err = starlark.Binary(syntax.PLUS, acc, x); err != nil {
			return nil, err
		}
	}
	return acc, nil
})
