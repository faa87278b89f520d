package builtins

import (
	"go.starlark.net/starlark"

	"netrepl/builtins/doc"
	"netrepl/builtins/pyerr"
)

// min and max are Starlark's with Python's default= (the value for an
// empty iterable) and messages; enumerate takes start= as a keyword.

func minmax(name string) *starlark.Builtin {
	return doc.Func(name, name+`(iterable, *, key=None, default=...) or `+name+`(a, b, ..., key=None)
The `+map[string]string{"min": "least", "max": "greatest"}[name]+` item (by key(item) if key is given); default for an empty
iterable, else ValueError.`, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var key, dflt starlark.Value = starlark.None, nil
		for _, kv := range kwargs {
			switch k := string(kv[0].(starlark.String)); k {
			case "key":
				key = kv[1]
			case "default":
				dflt = kv[1]
			default:
				return nil, pyerr.New("TypeError", "'%s' is an invalid keyword argument for %s()", k, name)
			}
		}
		if len(args) == 0 {
			return nil, pyerr.New("TypeError", "%s expected at least 1 argument, got 0", name)
		}
		if dflt != nil && len(args) > 1 {
			return nil, pyerr.New("TypeError", "Cannot specify a default for %s() with multiple positional arguments", name)
		}
		if len(args) == 1 {
			iter := starlark.Iterate(args[0])
			if iter == nil {
				return nil, pyerr.New("TypeError", "'%s' object is not iterable", pyerr.TypeName(args[0]))
			}
			var items []starlark.Value
			var x starlark.Value
			for iter.Next(&x) {
				items = append(items, x)
			}
			iter.Done()
			if len(items) == 0 {
				if dflt != nil {
					return dflt, nil
				}
				return nil, pyerr.New("ValueError", "%s() arg is an empty sequence", name)
			}
			args = starlark.Tuple{starlark.NewList(items)}
		}
		var kw []starlark.Tuple
		if key != starlark.None {
			kw = []starlark.Tuple{{starlark.String("key"), key}}
		}
		return starlark.Call(thread, starlark.Universe[name], args, kw)
	})
}

var (
	minFn = minmax("min")
	maxFn = minmax("max")
)

var enumerateFn = doc.Func("enumerate", `enumerate(iterable, start=0)
A list of (index, item) pairs, the index counting from start (Python's
enumerate is lazy; this one is a list).`, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var iterable, start starlark.Value = nil, starlark.MakeInt(0)
	if err := starlark.UnpackArgs("enumerate", args, kwargs, "iterable", &iterable, "start?", &start); err != nil {
		return nil, err
	}
	return starlark.Call(thread, starlark.Universe["enumerate"], starlark.Tuple{iterable, start}, nil)
})
