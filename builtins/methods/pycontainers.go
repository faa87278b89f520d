package methods

import (
	"strings"
	"unicode/utf8"

	"go.starlark.net/starlark"

	"netrepl/builtins/doc"
	"netrepl/builtins/pyerr"
)

// Python's methods of str, list and dict that Starlark lacks: str.ljust,
// rjust, center and zfill (table output), list.sort, copy, count and
// reverse, dict.copy, with CPython 3.11's values and errors
// (testdata/pymethods.json).

type pyMethod struct {
	typ, name string
	fn        func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error)
	doc       string
}

var pyMethods = []pyMethod{
	{"string", "ljust", strPad, "ljust(width, fillchar=' ')\nThe str padded on the right to width characters."},
	{"string", "rjust", strPad, "rjust(width, fillchar=' ')\nThe str padded on the left to width characters."},
	{"string", "center", strPad, "center(width, fillchar=' ')\nThe str padded on both sides to width characters."},
	{"string", "zfill", strZfill, "zfill(width)\nThe str padded on the left with zeros to width characters, after a sign."},
	{"list", "sort", listSort, "sort(key=None, reverse=False)\nSort the list in place (stable); returns None."},
	{"list", "copy", listCopy, "copy()\nA new list with the same items."},
	{"list", "count", listCount, "count(x)\nThe number of items equal to x."},
	{"list", "reverse", listReverse, "reverse()\nReverse the list in place; returns None."},
	{"dict", "copy", dictCopy, "copy()\nA new dict with the same items (a shallow copy)."},
}

func init() {
	for _, m := range pyMethods {
		starlark.SetMethod(m.typ, m.name, starlark.NewBuiltin(m.name, m.fn))
		doc.Method(m.typ, m.name, m.doc)
	}
}

// strPad is str.ljust, rjust and center.
func strPad(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) < 1 || len(args) > 2 || len(kwargs) > 0 {
		return nil, argCount(b.Name(), args, kwargs, 1, 2)
	}
	width := args[0]
	var fill starlark.Value = starlark.String(" ")
	if len(args) == 2 {
		fill = args[1]
	}
	n, err := pyerr.Index(width)
	if err != nil {
		return nil, err
	}
	f, ok := fill.(starlark.String)
	if !ok {
		return nil, pyerr.New("TypeError", "The fill character must be a unicode character, not %s", pyerr.TypeName(fill))
	}
	if utf8.RuneCountInString(string(f)) != 1 {
		return nil, pyerr.New("TypeError", "The fill character must be exactly one character long")
	}
	s := string(b.Receiver().(starlark.String))
	pad := int(n.Int64()) - utf8.RuneCountInString(s)
	if !n.IsInt64() || pad <= 0 {
		return starlark.String(s), nil
	}
	var left int
	switch b.Name() {
	case "rjust":
		left = pad
	case "center": // CPython: the odd pad goes left when the width is odd
		left = pad/2 + (pad & int(n.Int64()) & 1)
	}
	return starlark.String(strings.Repeat(string(f), left) + s + strings.Repeat(string(f), pad-left)), nil
}

// argCount is CPython's error for a method given the wrong number of
// arguments (or any keyword).
func argCount(name string, args starlark.Tuple, kwargs []starlark.Tuple, min, max int) error {
	if len(kwargs) > 0 {
		return pyerr.New("TypeError", "%s() takes no keyword arguments", name)
	}
	if len(args) < min {
		return pyerr.New("TypeError", "%s expected at least %d argument, got %d", name, min, len(args))
	}
	return pyerr.New("TypeError", "%s expected at most %d arguments, got %d", name, max, len(args))
}

func strZfill(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 || len(kwargs) > 0 {
		return nil, pyerr.New("TypeError", "str.zfill() takes exactly one argument (%d given)", len(args)+len(kwargs))
	}
	n, err := pyerr.Index(args[0])
	if err != nil {
		return nil, err
	}
	s := string(b.Receiver().(starlark.String))
	pad := int(n.Int64()) - utf8.RuneCountInString(s)
	if !n.IsInt64() || pad <= 0 {
		return starlark.String(s), nil
	}
	sign := ""
	if s != "" && (s[0] == '+' || s[0] == '-') {
		sign, s = s[:1], s[1:]
	}
	return starlark.String(sign + strings.Repeat("0", pad) + s), nil
}

func listSort(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 0 {
		return nil, pyerr.New("TypeError", "sort() takes no positional arguments")
	}
	var key, reverse starlark.Value = starlark.None, starlark.False
	if err := starlark.UnpackArgs("sort", nil, kwargs, "key?", &key, "reverse?", &reverse); err != nil {
		return nil, err
	}
	l := b.Receiver().(*starlark.List)
	kw := []starlark.Tuple{{starlark.String("reverse"), reverse}}
	if key != starlark.None {
		kw = append(kw, starlark.Tuple{starlark.String("key"), key})
	}
	sorted, err := starlark.Call(thread, starlark.Universe["sorted"], starlark.Tuple{l}, kw)
	if err != nil {
		return nil, err
	}
	s := sorted.(*starlark.List)
	for i := 0; i < s.Len(); i++ {
		if err := l.SetIndex(i, s.Index(i)); err != nil {
			return nil, err
		}
	}
	return starlark.None, nil
}

func listCopy(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs("copy", args, kwargs, 0); err != nil {
		return nil, err
	}
	l := b.Receiver().(*starlark.List)
	elems := make([]starlark.Value, l.Len())
	for i := range elems {
		elems[i] = l.Index(i)
	}
	return starlark.NewList(elems), nil
}

func listCount(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs("count", args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	l := b.Receiver().(*starlark.List)
	n := 0
	for i := 0; i < l.Len(); i++ {
		eq, err := starlark.Equal(l.Index(i), x)
		if err != nil {
			return nil, err
		}
		if eq {
			n++
		}
	}
	return starlark.MakeInt(n), nil
}

func listReverse(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs("reverse", args, kwargs, 0); err != nil {
		return nil, err
	}
	l := b.Receiver().(*starlark.List)
	for i, j := 0, l.Len()-1; i < j; i, j = i+1, j-1 {
		x, y := l.Index(i), l.Index(j)
		if err := l.SetIndex(i, y); err != nil {
			return nil, err
		}
		if err := l.SetIndex(j, x); err != nil {
			return nil, err
		}
	}
	return starlark.None, nil
}

func dictCopy(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs("copy", args, kwargs, 0); err != nil {
		return nil, err
	}
	d := b.Receiver().(*starlark.Dict)
	out := starlark.NewDict(d.Len())
	for _, kv := range d.Items() {
		if err := out.SetKey(kv[0], kv[1]); err != nil {
			return nil, err
		}
	}
	return out, nil
}
