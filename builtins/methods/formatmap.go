package methods

import (
	"go.starlark.net/starlark"

	"netrepl/builtins/doc"
	"netrepl/builtins/pyerr"
)

// str.format_map(mapping): str.format with the fields named from a dict.
func init() {
	starlark.SetMethod("string", "format_map", starlark.NewBuiltin("format_map", formatMap))
	doc.Method("string", "format_map", "format_map(mapping)\nstr.format(**mapping): \"{host}:{port}\".format_map(d).")
}

func formatMap(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, pyerr.New("TypeError", "str.format_map() takes no keyword arguments")
	}
	if len(args) != 1 {
		return nil, pyerr.New("TypeError", "format_map() takes exactly one argument (%d given)", len(args))
	}
	d, ok := args[0].(*starlark.Dict)
	if !ok {
		// CPython takes any mapping and fails at the first lookup.
		return nil, pyerr.New("TypeError", "format_map() argument must be a mapping, not %s", pyerr.TypeName(args[0]))
	}
	var named []starlark.Tuple
	for _, kv := range d.Items() {
		if _, ok := kv[0].(starlark.String); ok {
			named = append(named, kv)
		}
	}
	v, err := format(thread, b, nil, named)
	if err != nil && pyerr.Classify(err).Type == "IndexError" {
		return nil, pyerr.New("ValueError", "Format string contains positional fields")
	}
	return v, err
}
