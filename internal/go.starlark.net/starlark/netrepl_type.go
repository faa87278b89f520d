// netrepl patch: Python's type objects. With PythonSemantics on, type(x)
// returns a *Type, the very value that the names int, str, bytes, ...
// are bound to (PythonUniverse), so that type(5) == int and
// isinstance(x, (int, float)) read as in Python.

package starlark

import (
	"fmt"
	"slices"
	"sort"
	"sync"
)

// Type is a Python class object: what type(x) returns, and what the
// names int, str, bytes, ... are bound to in the Python dialect. Calling
// it calls its constructor (int("5")); it may have class attributes
// (int.from_bytes). Two types are equal only if they are the same value.
type Type struct {
	name   string   // Python's name: "int", "str", "socket"
	module string   // "" for builtins; else the repr says <class 'module.name'>
	call   Callable // the constructor; nil: the type cannot be called
	base   *Type    // the type it derives from (bool: int), or nil
	attrs  map[string]Value
	proto  HasAttrs   // a value of the type, whose methods t.name reaches unbound (str.lower)
	class  *userClass // a class statement's class, or nil (netrepl_class.go)
}

var (
	_ Callable = (*Type)(nil)
	_ HasAttrs = (*Type)(nil)
)

// NewType returns a type named name, in module ("" for a built-in type),
// whose instances are made by call (nil if it has no constructor).
func NewType(name, module string, call Callable) *Type {
	return &Type{name: name, module: module, call: call}
}

// Name is the type's Python name ("int").
func (t *Type) Name() string { return t.name }

func (t *Type) String() string {
	if t.module != "" {
		return "<class '" + t.module + "." + t.name + "'>"
	}
	return "<class '" + t.name + "'>"
}
func (t *Type) Type() string          { return "type" }
func (t *Type) Freeze()               {}
func (t *Type) Truth() Bool           { return True }
func (t *Type) Hash() (uint32, error) { return String(t.module + "." + t.name).Hash() }

// Constructor is what calling t calls, or nil.
func (t *Type) Constructor() Callable { return t.call }

// Base is the type t derives from, or nil.
func (t *Type) Base() *Type { return t.base }

// SetBase makes t derive from base (for isinstance).
func (t *Type) SetBase(base *Type) { t.base = base }

// SetConstructor makes call the function that calling t calls. Like
// SetAttr, it must be called before any Starlark runs.
func (t *Type) SetConstructor(call Callable) { t.call = call }

// SetClassAttr adds a class attribute (int.from_bytes, bytes.fromhex).
// It must be called before any Starlark runs (from an init function).
func (t *Type) SetClassAttr(name string, v Value) {
	if t.attrs == nil {
		t.attrs = make(map[string]Value)
	}
	t.attrs[name] = v
}

func (t *Type) Attr(name string) (Value, error) {
	if v, ok := t.attrs[name]; ok {
		return v, nil
	}
	if t.class != nil { // a user class: its bases' attributes
		switch name {
		case "__mro__":
			return Tuple(typesTuple(t.class.mro)), nil
		case "__bases__":
			var bs []*Type
			for _, b := range t.class.mro[1:] {
				if t.base == b || b != pyObject {
					bs = append(bs, b)
					break
				}
			}
			return Tuple(typesTuple(bs)), nil
		}
		if v, _ := t.lookup(name); v != nil {
			return v, nil
		}
	}
	if name == "__name__" {
		return String(t.name), nil
	}
	if t.proto != nil {
		if m, _ := t.proto.Attr(name); m != nil {
			return t.unbound(name), nil
		}
	}
	return nil, nil
}

// unbound is the method name of t's values as a function of the value:
// str.lower("A") is "A".lower(), so that key=str.lower reads as Python.
func (t *Type) unbound(name string) *Builtin {
	return NewBuiltin(t.name+"."+name, func(thread *Thread, b *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
		if len(args) == 0 {
			return nil, typeErr("unbound method %s.%s() needs an argument", t.name, name)
		}
		recv, ok := args[0].(HasAttrs)
		if !ok || !TypeOf(args[0]).IsSubtype(t) {
			return nil, typeErr("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, t.name, TypeOf(args[0]).Name())
		}
		m, err := recv.Attr(name)
		if err != nil {
			return nil, err
		}
		return Call(thread, m, args[1:], kwargs)
	})
}

func (t *Type) AttrNames() []string {
	names := make([]string, 0, len(t.attrs))
	for name := range t.attrs {
		names = append(names, name)
	}
	if t.proto != nil {
		names = append(names, t.proto.AttrNames()...)
	}
	sort.Strings(names)
	return slices.Compact(names)
}

func (t *Type) CallInternal(thread *Thread, args Tuple, kwargs []Tuple) (Value, error) {
	if t.call == nil {
		return nil, &PyError{Type: "TypeError", Msg: fmt.Sprintf("cannot create '%s' instances", t.name)}
	}
	return t.call.CallInternal(thread, args, kwargs)
}

// IsSubtype reports whether t is u or derives from it.
func (t *Type) IsSubtype(u *Type) bool {
	if t.class != nil {
		for _, c := range t.class.mro {
			if c == u {
				return true
			}
		}
		return false
	}
	for ; t != nil; t = t.base {
		if t == u {
			return true
		}
	}
	return false
}

// HasPyType is a value that knows its Python type (an instance of a
// class defined in Starlark, say); TypeOf asks it first.
type HasPyType interface {
	Value
	PyType() *Type
}

// typesByStarlarkName maps a Value.Type() name to its Python type.
var typesByStarlarkName sync.Map // string -> *Type

// RegisterType makes t what TypeOf returns for a value whose Type()
// method returns starlarkType ("socket"). Call it from an init function.
func RegisterType(starlarkType string, t *Type) {
	typesByStarlarkName.Store(starlarkType, t)
}

// TypeOf is Python's type(v). A value of a type no one registered gets a
// type named by its Type() method, made once.
func TypeOf(v Value) *Type {
	if v, ok := v.(HasPyType); ok {
		return v.PyType()
	}
	name := v.Type()
	if t, ok := typesByStarlarkName.Load(name); ok {
		return t.(*Type)
	}
	t, _ := typesByStarlarkName.LoadOrStore(name, NewType(name, "", nil))
	return t.(*Type)
}

// The built-in types, by Python name.
var pyTypes = map[string]*Type{}

// PyType returns the built-in type named name by Python ("int", "str",
// "NoneType", "type", ...), or nil.
func PyType(name string) *Type { return pyTypes[name] }

func init() {
	for _, x := range []struct{ py, starlark string }{
		{"int", "int"}, {"float", "float"}, {"str", "string"}, {"bytes", "bytes"},
		{"bool", "bool"}, {"list", "list"}, {"dict", "dict"}, {"tuple", "tuple"},
		{"set", "set"}, {"range", "range"}, {"type", "type"}, {"NoneType", "NoneType"},
		{"function", "function"}, {"builtin_function_or_method", "builtin_function_or_method"},
	} {
		var call Callable
		if b, ok := Universe[x.py].(*Builtin); ok {
			call = b
		}
		t := NewType(x.py, "", call)
		pyTypes[x.py] = t
		RegisterType(x.starlark, t)
	}
	pyTypes["NoneType"].call = NewBuiltin("NoneType", func(thread *Thread, b *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
		if len(args)+len(kwargs) > 0 {
			return nil, typeErr("NoneType takes no arguments")
		}
		return None, nil
	})
	pyTypes["bool"].base = pyTypes["int"]
	pyTypes["str"].proto = String("")
	pyTypes["bytes"].proto = Bytes("")
	pyTypes["list"].proto = NewList(nil)
	pyTypes["dict"].proto = NewDict(0)
	pyTypes["set"].proto = NewSet(0)
}

// PythonUniverse returns the names the Python dialect binds on top of
// Universe: the type objects (int, str, ... as *Type) and Python's
// builtins that Starlark lacks. A program run with PythonSemantics
// predeclares them.
// Each call returns a new dict of the same values.
func PythonUniverse() StringDict {
	u := make(StringDict, len(pythonUniverse))
	for name, v := range pythonUniverse {
		u[name] = v
	}
	return u
}

var pythonUniverse = StringDict{
	"isinstance": NewBuiltin("isinstance", isinstance),
	"issubclass": NewBuiltin("issubclass", issubclass),
	"ascii":      NewBuiltin("ascii", ascii),
	"callable":   NewBuiltin("callable", callable),
	"map":        NewBuiltin("map", map_),
	"filter":     NewBuiltin("filter", filter),
	"iter":       NewBuiltin("iter", iter_),
	"next":       NewBuiltin("next", next_),
}

func init() {
	for _, name := range []string{"int", "float", "str", "bytes", "bool", "list", "dict", "tuple", "set", "range", "type"} {
		pythonUniverse[name] = pyTypes[name]
	}
}

func typeErr(format string, args ...any) error {
	return &PyError{Type: "TypeError", Msg: fmt.Sprintf(format, args...)}
}

// classInfo is isinstance's second argument: a type or a tuple of them
// (nested tuples too).
func classInfo(fn string, v Value, match func(*Type) bool) (bool, error) {
	switch v := v.(type) {
	case *Type:
		return match(v), nil
	case Tuple:
		for _, x := range v {
			ok, err := classInfo(fn, x, match)
			if ok || err != nil {
				return ok, err
			}
		}
		return false, nil
	}
	return false, typeErr("%s() arg 2 must be a type, a tuple of types, or a union", fn)
}

func isinstance(thread *Thread, b *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
	var x, cls Value
	if err := unpackPython("isinstance", args, kwargs, &x, &cls); err != nil {
		return nil, err
	}
	t := TypeOf(x)
	ok, err := classInfo("isinstance", cls, t.IsSubtype)
	return Bool(ok), err
}

func issubclass(thread *Thread, b *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
	var x, cls Value
	if err := unpackPython("issubclass", args, kwargs, &x, &cls); err != nil {
		return nil, err
	}
	t, ok := x.(*Type)
	if !ok {
		return nil, typeErr("issubclass() arg 1 must be a class")
	}
	ok, err := classInfo("issubclass", cls, t.IsSubtype)
	return Bool(ok), err
}

// unpackPython takes exactly len(out) positional arguments, with
// CPython's message otherwise.
func unpackPython(fn string, args Tuple, kwargs []Tuple, out ...*Value) error {
	if len(kwargs) > 0 {
		return typeErr("%s() takes no keyword arguments", fn)
	}
	if len(args) != len(out) {
		if len(out) == 1 {
			return typeErr("%s() takes exactly one argument (%d given)", fn, len(args))
		}
		return typeErr("%s expected %d arguments, got %d", fn, len(out), len(args))
	}
	for i, p := range out {
		*p = args[i]
	}
	return nil
}

func ascii(thread *Thread, b *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
	var x Value
	if err := unpackPython("ascii", args, kwargs, &x); err != nil {
		return nil, err
	}
	return String(ASCII(x)), nil
}

func callable(thread *Thread, b *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
	var x Value
	if err := unpackPython("callable", args, kwargs, &x); err != nil {
		return nil, err
	}
	_, ok := x.(Callable)
	return Bool(ok), nil
}

func notIterable(v Value) error {
	return typeErr("'%s' object is not iterable", TypeOf(v).Name())
}

// map_ is Python's map, eagerly: a list of fn applied to the items of
// the iterables taken in step, as long as the shortest.
func map_(thread *Thread, b *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
	if len(kwargs) > 0 {
		return nil, typeErr("map() takes no keyword arguments")
	}
	if len(args) < 2 {
		return nil, typeErr("map() must have at least two arguments.")
	}
	fn := args[0]
	iters := make([]Iterator, len(args)-1)
	defer func() {
		for _, it := range iters {
			if it != nil {
				it.Done()
			}
		}
	}()
	for i, seq := range args[1:] {
		if iters[i] = Iterate(seq); iters[i] == nil {
			return nil, notIterable(seq)
		}
	}
	var out []Value
	for {
		call := make(Tuple, len(iters))
		for i, it := range iters {
			if !it.Next(&call[i]) {
				return NewList(out), nil
			}
		}
		v, err := Call(thread, fn, call, nil)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
}

// filter is Python's filter, eagerly: a list of the items of iterable
// for which fn is true (the true items when fn is None).
func filter(thread *Thread, b *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
	var fn, seq Value
	if len(kwargs) > 0 {
		return nil, typeErr("filter() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, typeErr("filter expected 2 arguments, got %d", len(args))
	}
	fn, seq = args[0], args[1]
	it := Iterate(seq)
	if it == nil {
		return nil, notIterable(seq)
	}
	defer it.Done()
	var out []Value
	var x Value
	for it.Next(&x) {
		keep := x
		if fn != None {
			var err error
			if keep, err = Call(thread, fn, Tuple{x}, nil); err != nil {
				return nil, err
			}
		}
		if keep.Truth() {
			out = append(out, x)
		}
	}
	return NewList(out), nil
}

// pyIterator is what iter(x) returns: the items of x, taken when iter
// was called (a list, str or tuple is read by index as it is, as
// Python's iterators over them), handed out by next.
type pyIterator struct {
	kind  string    // Python's type name: list_iterator, ...
	seq   Indexable // read live, or
	items []Value   // a snapshot
	i     int
	mu    sync.Mutex
}

func (it *pyIterator) String() string        { return fmt.Sprintf("<%s object at %p>", it.kind, it) }
func (it *pyIterator) Type() string          { return it.kind }
func (it *pyIterator) Freeze()               {}
func (it *pyIterator) Truth() Bool           { return True }
func (it *pyIterator) Hash() (uint32, error) { return 0, typeErr("unhashable type: 'iterator'") }

func (it *pyIterator) next() (Value, bool) {
	it.mu.Lock()
	defer it.mu.Unlock()
	if it.seq != nil {
		if it.i < it.seq.Len() {
			it.i++
			return it.seq.Index(it.i - 1), true
		}
		return nil, false
	}
	if it.i < len(it.items) {
		it.i++
		return it.items[it.i-1], true
	}
	return nil, false
}

// Iterate makes a for loop over an iterator take what next would.
func (it *pyIterator) Iterate() Iterator { return &pyIteratorIter{it} }

type pyIteratorIter struct{ it *pyIterator }

func (i *pyIteratorIter) Next(p *Value) bool {
	v, ok := i.it.next()
	if ok {
		*p = v
	}
	return ok
}
func (i *pyIteratorIter) Done() {}

func iter_(thread *Thread, b *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
	var x Value
	if err := unpackPython("iter", args, kwargs, &x); err != nil {
		return nil, err
	}
	switch x := x.(type) {
	case *pyIterator:
		return x, nil
	case *List:
		return &pyIterator{kind: "list_iterator", seq: x}, nil
	case Tuple:
		return &pyIterator{kind: "tuple_iterator", seq: x}, nil
	case String:
		kind := "str_ascii_iterator"
		for i := 0; i < len(x); i++ {
			if x[i] >= 0x80 {
				kind = "str_iterator"
				break
			}
		}
		return &pyIterator{kind: kind, items: pyStringChars(x)}, nil
	}
	it := Iterate(x)
	if it == nil {
		return nil, notIterable(x)
	}
	defer it.Done()
	var items []Value
	var v Value
	for it.Next(&v) {
		items = append(items, v)
	}
	kind := map[string]string{"dict": "dict_keyiterator", "set": "set_iterator", "bytes": "bytes_iterator",
		"range": "range_iterator", "bytearray": "bytearray_iterator"}[x.Type()]
	if kind == "" {
		kind = "iterator"
	}
	return &pyIterator{kind: kind, items: items}, nil
}

func pyStringChars(s String) []Value {
	var out []Value
	for _, r := range string(s) {
		out = append(out, String(string(r)))
	}
	return out
}

func next_(thread *Thread, b *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
	if len(kwargs) > 0 {
		return nil, typeErr("next() takes no keyword arguments")
	}
	if len(args) < 1 {
		return nil, typeErr("next expected at least 1 argument, got 0")
	}
	if len(args) > 2 {
		return nil, typeErr("next expected at most 2 arguments, got %d", len(args))
	}
	it, ok := args[0].(*pyIterator)
	if !ok {
		return nil, typeErr("'%s' object is not an iterator", TypeOf(args[0]).Name())
	}
	if v, ok := it.next(); ok {
		return v, nil
	}
	if len(args) == 2 {
		return args[1], nil
	}
	return nil, &PyError{Type: "StopIteration"}
}
