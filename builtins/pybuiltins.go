package builtins

import (
	"go.starlark.net/starlark"

	"netrepl/builtins/doc"
	"netrepl/builtins/methods"
	sysmod "netrepl/builtins/sys"
)

// Python's builtins that netrepl adds here, beside those of
// starlark.PythonUniverse (the types, isinstance, map, filter, ascii,
// callable, iter, next): format, and exit and quit as values that show
// what Python's do.

var formatFn = doc.Func("format", `format(value, format_spec="")
value formatted by format_spec, as "{:spec}".format(value) does:
format(255, "08b") is "11111111", format(3.14159, ".2f") is "3.14".`, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	var spec string
	if err := starlark.UnpackPositionalArgs("format", args, kwargs, 1, &v, &spec); err != nil {
		return nil, err
	}
	s, err := methods.FormatValue(v, spec)
	if err != nil {
		return nil, err
	}
	return starlark.String(s), nil
})

// quitter is exit or quit: calling it leaves (sys.exit), and its repr,
// which the prompt shows when the name is typed alone, says so, as
// Python's: Use exit() or Ctrl-D (i.e. EOF) to exit.
type quitter struct{ name string }

var (
	_ starlark.Callable = quitter{}
	_ starlark.HasAttrs = quitter{}
)

func (q quitter) String() string        { return "Use " + q.name + "() or Ctrl-D (i.e. EOF) to exit" }
func (q quitter) Type() string          { return "Quitter" }
func (q quitter) Freeze()               {}
func (q quitter) Truth() starlark.Bool  { return true }
func (q quitter) Hash() (uint32, error) { return starlark.String(q.name).Hash() }
func (q quitter) Name() string          { return q.name }
func (q quitter) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return sysmod.Exit.CallInternal(thread, args, kwargs)
}

// Attr and AttrNames give help(exit) and exit? sys.exit's doc.
func (q quitter) Attr(string) (starlark.Value, error) { return nil, nil }
func (q quitter) AttrNames() []string                 { return nil }

// The docs of starlark.PythonUniverse's builtins, for help() and x?.
func init() {
	u := starlark.PythonUniverse()
	for name, text := range map[string]string{
		"isinstance": "isinstance(obj, class_or_tuple)\nTrue if obj is an instance of the type (int, str, bytes, socket.socket, ...) or of one of a tuple of them.",
		"issubclass": "issubclass(cls, class_or_tuple)\nTrue if the type cls is the type, or derives from it (bool from int).",
		"ascii":      "ascii(obj)\nrepr(obj) with non-ASCII characters escaped: ascii(\"h\\u00e9\") is 'h\\\\xe9'.",
		"callable":   "callable(obj)\nTrue if obj can be called (a function, a builtin, a type).",
		"map":        "map(function, iterable, ...)\nA list of function applied to each item (Python's map is lazy; this one is a list).",
		"filter":     "filter(function, iterable)\nA list of the items for which function is true (or the true items, for None).",
		"iter":       "iter(iterable)\nAn iterator over the items, for next() and for loops.",
		"next":       "next(iterator, default)\nThe iterator's next item; default, or StopIteration, when there is none.",
		"super":      "super()\nInside a method: self's class's next class in the method order, whose methods apply to self (super().__init__(name)). super(C, self) names them.",
		"setattr":    "setattr(obj, name, value)\nobj.name = value, with the name a string.",
	} {
		doc.Set(u[name].(*starlark.Builtin), text)
	}
}
