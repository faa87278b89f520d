package methods

import (
	"go.starlark.net/starlark"

	"netrepl/builtins/pyerr"
)

// dict.fromkeys(iterable, value=None), Python's class method: a dict
// with each item of iterable as a key, all bound to value.
func init() {
	starlark.PyType("dict").SetClassAttr("fromkeys", DictFromkeys)
}

// DictFromkeys is dict.fromkeys.
var DictFromkeys = starlark.NewBuiltin("fromkeys", func(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, pyerr.New("TypeError", "dict.fromkeys() takes no keyword arguments")
	}
	switch {
	case len(args) < 1:
		return nil, pyerr.New("TypeError", "fromkeys expected at least 1 argument, got %d", len(args))
	case len(args) > 2:
		return nil, pyerr.New("TypeError", "fromkeys expected at most 2 arguments, got %d", len(args))
	}
	var value starlark.Value = starlark.None
	if len(args) == 2 {
		value = args[1]
	}
	iter := starlark.Iterate(args[0])
	if iter == nil {
		return nil, pyerr.New("TypeError", "'%s' object is not iterable", pyerr.TypeName(args[0]))
	}
	defer iter.Done()
	d := starlark.NewDict(0)
	var k starlark.Value
	for iter.Next(&k) {
		if err := d.SetKey(k, value); err != nil {
			return nil, err
		}
	}
	return d, nil
})
