// netrepl patch: methods Python users call that Starlark's types lack
// (set.copy, tuple.index, tuple.count, str.swapcase, str.expandtabs,
// str.isprintable, str.isascii; netrepl adds list's and dict's through
// SetMethod), Python's str.splitlines, a function's __name__ and
// __doc__. They exist
// only under PythonSemantics: builtinAttr and builtinAttrNames look in
// these tables when upstream's has no such method, so upstream's dir(),
// errors and method lookups are unchanged.

package starlark

import (
	"reflect"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tupleMethods is tuple's (empty) upstream table: its methods are all
// Python's.
var tupleMethods = map[string]*Builtin{}

func (t Tuple) Attr(name string) (Value, error) { return builtinAttr(t, name, tupleMethods) }
func (t Tuple) AttrNames() []string             { return builtinAttrNames(tupleMethods) }

// pyMethodTables pairs upstream's method tables with Python's additions.
var pyMethodTables []struct{ upstream, python map[string]*Builtin }

// pyMethodsFor is Python's additions to the upstream method table
// methods (nil if none).
func pyMethodsFor(methods map[string]*Builtin) map[string]*Builtin {
	p := reflect.ValueOf(methods).UnsafePointer()
	for _, t := range pyMethodTables {
		if reflect.ValueOf(t.upstream).UnsafePointer() == p {
			return t.python
		}
	}
	return nil
}

func init() {
	type fn = func(*Thread, *Builtin, Tuple, []Tuple) (Value, error)
	add := func(upstream map[string]*Builtin, methods map[string]fn) {
		python := map[string]*Builtin{}
		for name, f := range methods {
			python[name] = NewBuiltin(name, f)
		}
		pyMethodTables = append(pyMethodTables, struct{ upstream, python map[string]*Builtin }{upstream, python})
	}
	add(setMethods, map[string]fn{"copy": pySetCopy})
	add(tupleMethods, map[string]fn{"index": pyTupleIndex, "count": pySeqCount})
	add(stringMethods, map[string]fn{
		"swapcase": pyStrSwapcase, "expandtabs": pyStrExpandtabs,
		"isprintable": pyStrIsClass, "isascii": pyStrIsClass,
	})
}

// count(x) of a list or a tuple.
func pySeqCount(_ *Thread, b *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
	var x Value
	if err := UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	n := 0
	elems := pySeqElems(b.Receiver())
	for _, e := range elems {
		if eq, err := Equal(e, x); err != nil {
			return nil, err
		} else if eq {
			n++
		}
	}
	return MakeInt(n), nil
}

func pySeqElems(v Value) []Value {
	switch v := v.(type) {
	case *List:
		return v.elems
	case Tuple:
		return v
	}
	return nil
}

// tuple.index(x, start=0, end=len): as list.index.
func pyTupleIndex(thread *Thread, b *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
	l := NewList(b.Receiver().(Tuple))
	l.Freeze()
	v, err := list_index(thread, listMethods["index"].BindReceiver(l), args, kwargs)
	if err != nil {
		if pe, ok := err.(*PyError); ok && pe.Type == "ValueError" {
			return nil, &PyError{"ValueError", "tuple.index(x): x not in tuple"}
		}
	}
	return v, err
}

func pySetCopy(_ *Thread, b *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
	if err := UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	s := b.Receiver().(*Set)
	c := NewSet(s.Len())
	iter := s.Iterate()
	defer iter.Done()
	var x Value
	for iter.Next(&x) {
		if err := c.Insert(x); err != nil {
			return nil, err
		}
	}
	return c, nil
}

func pyStrSwapcase(_ *Thread, b *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
	if err := UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return String(strings.Map(func(r rune) rune {
		switch {
		case unicode.IsUpper(r):
			return unicode.ToLower(r)
		case unicode.IsLower(r):
			return unicode.ToUpper(r)
		}
		return r
	}, string(b.Receiver().(String)))), nil
}

func pyStrExpandtabs(_ *Thread, b *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
	tabsize := 8
	if err := UnpackArgs(b.Name(), args, kwargs, "tabsize?", &tabsize); err != nil {
		return nil, err
	}
	var out strings.Builder
	col := 0
	for _, r := range string(b.Receiver().(String)) {
		switch r {
		case '\t':
			if tabsize > 0 {
				n := tabsize - col%tabsize
				out.WriteString(strings.Repeat(" ", n))
				col += n
			}
		case '\n', '\r':
			out.WriteRune(r)
			col = 0
		default:
			out.WriteRune(r)
			col++
		}
	}
	return String(out.String()), nil
}

// isprintable, isascii.
func pyStrIsClass(_ *Thread, b *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
	if err := UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	s := string(b.Receiver().(String))
	for _, r := range s {
		switch b.Name() {
		case "isascii":
			if r > 0x7f {
				return False, nil
			}
		case "isprintable":
			if r != ' ' && !unicode.IsPrint(r) {
				return False, nil
			}
		}
	}
	return True, nil
}

// pyStrSplitlines is Python's str.splitlines(keepends=False): lines end
// at \n, \r, \r\n, \v, \f, \x1c-\x1e, \x85, \u2028 and \u2029.
func pyStrSplitlines(b *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
	var keepends bool
	if err := UnpackArgs(b.Name(), args, kwargs, "keepends?", &keepends); err != nil {
		return nil, err
	}
	s := string(b.Receiver().(String))
	var lines []Value
	start := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		end := i + size
		switch r {
		case '\r':
			if end < len(s) && s[end] == '\n' {
				end++
			}
		case '\n', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		default:
			i = end
			continue
		}
		if keepends {
			lines = append(lines, String(s[start:end]))
		} else {
			lines = append(lines, String(s[start:i]))
		}
		start, i = end, end
	}
	if start < len(s) {
		lines = append(lines, String(s[start:]))
	}
	return NewList(lines), nil
}

// Attr gives a function Python's __name__ and __doc__ (None without a
// docstring), with PythonSemantics; upstream's functions have no
// attributes.
func (fn *Function) Attr(name string) (Value, error) {
	if !PythonSemantics {
		return nil, nil
	}
	switch name {
	case "__name__", "__qualname__":
		if fn.Name() == "lambda" {
			return String("<lambda>"), nil
		}
		return String(fn.Name()), nil
	case "__doc__":
		if fn.Doc() == "" {
			return None, nil
		}
		return String(fn.Doc()), nil
	}
	return nil, nil
}

func (fn *Function) AttrNames() []string {
	if !PythonSemantics {
		return nil
	}
	return []string{"__doc__", "__name__", "__qualname__"}
}
