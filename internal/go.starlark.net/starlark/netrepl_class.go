// netrepl patch: Python's classes (FileOptions.Python). A class
// statement's body runs as a function whose bound locals (CLASSLOCALS)
// become the class's attributes; MAKECLASS makes the *Type, with its
// method resolution order (C3). Instances are *Instance values, or
// *Exception values with a dict for a class deriving from BaseException.

package starlark

import (
	"fmt"
	"strings"

	"go.starlark.net/internal/compile"
	"go.starlark.net/syntax"
)

// userClass is what a class statement adds to a *Type.
type userClass struct {
	mro []*Type // the class first
	exc bool    // derives from BaseException: instances are *Exception
}

// classOp runs CLASSLOCALS and MAKECLASS.
func (thread *Thread) classOp(op compile.Opcode, arg uint32, stack []Value, sp int) (int, error) {
	switch op {
	case compile.CLASSLOCALS:
		fr := thread.frameAt(0)
		fn := fr.callable.(*Function)
		d := new(Dict)
		for i, l := range fn.funcode.Locals {
			v := fr.locals[i]
			if c, ok := v.(*cell); ok {
				v = c.v
			}
			if v != nil {
				d.SetKey(String(l.Name), v)
			}
		}
		stack[sp] = d
		return sp + 1, nil
	case compile.MAKECLASS:
		n := int(arg)
		name := string(stack[sp-n-2].(String))
		bases := append(Tuple(nil), stack[sp-n-1:sp-1]...)
		body := stack[sp-1]
		sp -= n + 2
		cls, err := thread.buildClass(name, bases, body)
		if err != nil {
			return sp, err
		}
		stack[sp] = cls
		return sp + 1, nil
	}
	return sp, fmt.Errorf("unimplemented: %s", op)
}

// object is Python's object, the root of every user class.
var pyObject = NewType("object", "", nil)

func init() {
	pyObject.call = NewBuiltin("object", func(thread *Thread, b *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
		if len(args) > 0 || len(kwargs) > 0 {
			return nil, &PyError{Type: "TypeError", Msg: "object() takes no arguments"}
		}
		return &Instance{class: pyObject, dict: map[string]Value{}}, nil
	})
	pyTypes["object"] = pyObject
	pythonUniverse["object"] = pyObject
	pythonUniverse["super"] = NewBuiltin("super", superBuiltin)
	pythonUniverse["setattr"] = NewBuiltin("setattr", setattr)
}

// linearize is a type's MRO: a user class's own, or the chain of bases.
func linearize(t *Type) []*Type {
	if t.class != nil {
		return t.class.mro
	}
	var l []*Type
	for ; t != nil; t = t.base {
		l = append(l, t)
	}
	if l[len(l)-1] != pyObject {
		l = append(l, pyObject)
	}
	return l
}

// c3 merges the bases' MROs as Python does.
func c3(name string, bases []*Type) ([]*Type, error) {
	var seqs [][]*Type
	for _, b := range bases {
		seqs = append(seqs, linearize(b))
	}
	seqs = append(seqs, append([]*Type(nil), bases...))
	var out []*Type
	for {
		var nonempty [][]*Type
		for _, s := range seqs {
			if len(s) > 0 {
				nonempty = append(nonempty, s)
			}
		}
		if len(nonempty) == 0 {
			return out, nil
		}
		seqs = nonempty
		var cand *Type
	search:
		for _, s := range seqs {
			cand = s[0]
			for _, s2 := range seqs {
				for _, x := range s2[1:] {
					if x == cand {
						cand = nil
						continue search
					}
				}
			}
			break
		}
		if cand == nil {
			var names []string
			for _, s := range seqs {
				names = append(names, s[0].name)
			}
			return nil, &PyError{Type: "TypeError", Msg: "Cannot create a consistent method resolution\norder (MRO) for bases " + strings.Join(names, ", ")}
		}
		out = append(out, cand)
		for i, s := range seqs {
			if s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

func (thread *Thread) buildClass(name string, bases Tuple, body Value) (Value, error) {
	var bs []*Type
	for _, b := range bases {
		t, ok := b.(*Type)
		if !ok {
			return nil, &PyError{Type: "TypeError", Msg: fmt.Sprintf("bases must be types, not %s", pyTypeName(b))}
		}
		bs = append(bs, t)
	}
	if len(bs) == 0 {
		bs = []*Type{pyObject}
	}
	mro, err := c3(name, bs)
	if err != nil {
		return nil, err
	}
	ns, err := Call(thread, body, nil, nil)
	if err != nil {
		return nil, err
	}
	t := NewType(name, "__main__", nil)
	t.base = bs[0]
	t.class = &userClass{mro: append([]*Type{t}, mro...)}
	t.class.exc = t.IsSubtype(excBaseException)
	t.attrs = make(map[string]Value)
	for _, kv := range ns.(*Dict).Items() {
		k := string(kv[0].(String))
		t.attrs[k] = kv[1]
		if f, ok := kv[1].(*Function); ok {
			f.class = t
		}
	}
	if _, ok := t.attrs["__doc__"]; !ok {
		t.attrs["__doc__"] = None
		if f, ok := body.(*Function); ok && f.Doc() != "" {
			t.attrs["__doc__"] = String(f.Doc())
		}
	}
	// (the base's proto and constructor are reached through the MRO)
	t.call = NewBuiltin(name, func(thread *Thread, b *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
		return t.instantiate(thread, args, kwargs)
	})
	return t, nil
}

// lookup finds name in the class's MRO: the value, and the class it
// was found in.
func (t *Type) lookup(name string) (Value, *Type) {
	for _, c := range linearize(t) {
		if v, ok := c.attrs[name]; ok {
			return v, c
		}
	}
	return nil, nil
}

// instantiate calls a user class: makes an instance and runs __init__.
func (t *Type) instantiate(thread *Thread, args Tuple, kwargs []Tuple) (Value, error) {
	var self Value
	if t.class.exc {
		self = &Exception{class: t, args: args}
	} else {
		self = &Instance{class: t, dict: map[string]Value{}}
	}
	init, _ := t.lookup("__init__")
	if init == nil {
		if !t.class.exc && (len(args) > 0 || len(kwargs) > 0) {
			return nil, &PyError{Type: "TypeError", Msg: t.name + "() takes no arguments"}
		}
		return self, nil
	}
	r, err := Call(thread, init, append(Tuple{self}, args...), kwargs)
	if err != nil {
		return nil, err
	}
	if r != None {
		return nil, &PyError{Type: "TypeError", Msg: fmt.Sprintf("__init__() should return None, not '%s'", pyTypeName(r))}
	}
	return self, nil
}

// Instance is an instance of a user class.
type Instance struct {
	class *Type
	dict  map[string]Value
	base  HasAttrs // the value a built-in base class's __init__ made (a threading.Thread), or nil
}

// SetInstanceBase makes base (a value a built-in class's __init__ made
// for self, an instance of a user class deriving from it) what self's
// attributes fall back to: its methods and fields, read and set.
func SetInstanceBase(self, base Value) bool {
	x, ok := self.(*Instance)
	b, ok2 := base.(HasAttrs)
	if ok && ok2 {
		x.base = b
	}
	return ok && ok2
}

var (
	_ HasSetField    = (*Instance)(nil)
	_ HasPyType      = (*Instance)(nil)
	_ PyStringer     = (*Instance)(nil)
	_ Callable       = (*Instance)(nil)
	_ Comparable     = (*Instance)(nil)
	_ Indexable      = (*Instance)(nil)
	_ Mapping        = (*Instance)(nil)
	_ ContextManager = (*Instance)(nil)
)

func (x *Instance) PyType() *Type { return x.class }
func (x *Instance) Type() string  { return x.class.name }
func (x *Instance) Freeze()       {}
func (x *Instance) Name() string  { return x.class.name }

// special calls the special method name of x if its class has one.
func special(x Value, class *Type, name string, args ...Value) (Value, bool, error) {
	m, _ := class.lookup(name)
	if m == nil {
		return nil, false, nil
	}
	thread := new(Thread)
	if name == "__str__" || name == "__repr__" || name == "__eq__" || name == "__hash__" {
		thread.Name = "special"
	}
	v, err := Call(thread, m, append(Tuple{x}, args...), nil)
	return v, true, err
}

func (x *Instance) String() string {
	v, ok, err := special(x, x.class, "__repr__")
	if ok {
		if err != nil {
			return "<" + err.Error() + ">"
		}
		if s, ok := v.(String); ok {
			return string(s)
		}
	}
	if x.class.module == "" {
		return fmt.Sprintf("<%s object at %p>", x.class.name, x)
	}
	return fmt.Sprintf("<%s.%s object at %p>", x.class.module, x.class.name, x)
}

func (x *Instance) PyStr() string {
	v, ok, err := special(x, x.class, "__str__")
	if ok && err == nil {
		if s, ok := v.(String); ok {
			return string(s)
		}
	}
	return x.String()
}

func (x *Instance) Truth() Bool {
	if v, ok, err := special(x, x.class, "__bool__"); ok && err == nil {
		return v.Truth()
	}
	if v, ok, err := special(x, x.class, "__len__"); ok && err == nil {
		return v.Truth()
	}
	return True
}

func (x *Instance) Hash() (uint32, error) {
	v, ok, err := special(x, x.class, "__hash__")
	if ok {
		if err != nil {
			return 0, err
		}
		if i, ok := v.(Int); ok {
			h, _ := i.Int64()
			return uint32(h ^ h>>32), nil
		}
		return 0, &PyError{Type: "TypeError", Msg: "__hash__ method should return an integer"}
	}
	if eq, _ := x.class.lookup("__eq__"); eq != nil {
		return 0, &PyError{Type: "TypeError", Msg: fmt.Sprintf("unhashable type: '%s'", x.class.name)}
	}
	return String(fmt.Sprintf("%p", x)).Hash()
}

func (x *Instance) CompareSameType(op syntax.Token, y_ Value, depth int) (bool, error) {
	y := y_.(*Instance)
	switch op {
	case syntax.EQL, syntax.NEQ:
		v, ok, err := special(x, x.class, "__eq__", y)
		if err != nil {
			return false, err
		}
		eq := x == y
		if ok {
			eq = bool(v.Truth())
		}
		return eq == (op == syntax.EQL), nil
	}
	names := map[syntax.Token]string{syntax.LT: "__lt__", syntax.LE: "__le__", syntax.GT: "__gt__", syntax.GE: "__ge__"}
	v, ok, err := special(x, x.class, names[op], y)
	if err != nil {
		return false, err
	}
	if !ok {
		return false, &PyError{Type: "TypeError", Msg: fmt.Sprintf("'%s' not supported between instances of '%s' and '%s'", op, x.class.name, y.class.name)}
	}
	return bool(v.Truth()), nil
}

func (x *Instance) Attr(name string) (Value, error) {
	if v, ok := x.dict[name]; ok {
		return v, nil
	}
	switch name {
	case "__class__":
		return x.class, nil
	case "__dict__":
		d := new(Dict)
		for k, v := range x.dict {
			d.SetKey(String(k), v)
		}
		return d, nil
	}
	if x.base != nil {
		if v, _ := x.class.lookup(name); v == nil {
			return x.base.Attr(name)
		}
	}
	return classAttr(x, x.class, name)
}

// classAttr is self.name found in the class: functions bound to self.
func classAttr(self Value, class *Type, name string) (Value, error) {
	v, _ := class.lookup(name)
	if v == nil {
		if class.class != nil && class.class.exc {
			return nil, nil
		}
		return nil, &PyError{Type: "AttributeError", Msg: fmt.Sprintf("'%s' object has no attribute '%s'", class.name, name)}
	}
	if f, ok := v.(*Function); ok {
		return &BoundMethod{self: self, fn: f}, nil
	}
	return bindInit(self, name, v), nil
}

// selfMethods are the builtins that MarkMethod made methods.
var selfMethods = map[*Builtin]bool{}

// MarkMethod makes b, a class attribute of a built-in class, a method:
// reached from an instance of a user class deriving from it, it is
// called with the instance first, as __init__ is. Call it from an init
// function.
func MarkMethod(b *Builtin) *Builtin {
	selfMethods[b] = true
	return b
}

// bindInit binds a built-in class's __init__ or marked method (a *Builtin taking self
// first) to self, as a method is bound.
func bindInit(self Value, name string, v Value) Value {
	if b, ok := v.(*Builtin); ok && (name == "__init__" || selfMethods[b]) {
		return NewBuiltin("__init__", func(thread *Thread, _ *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
			return Call(thread, b, append(Tuple{self}, args...), kwargs)
		})
	}
	return v
}

func (x *Instance) AttrNames() []string {
	var names []string
	for k := range x.dict {
		names = append(names, k)
	}
	for _, c := range linearize(x.class) {
		for k := range c.attrs {
			names = append(names, k)
		}
	}
	return names
}

func (x *Instance) SetField(name string, v Value) error {
	if x.class == pyObject {
		return &PyError{Type: "AttributeError", Msg: fmt.Sprintf("'object' object has no attribute '%s'", name)}
	}
	if b, ok := x.base.(HasSetField); ok {
		if _, inDict := x.dict[name]; !inDict {
			if bv, _ := b.Attr(name); bv != nil {
				return b.SetField(name, v)
			}
		}
	}
	x.dict[name] = v
	return nil
}

func (x *Instance) CallInternal(thread *Thread, args Tuple, kwargs []Tuple) (Value, error) {
	m, _ := x.class.lookup("__call__")
	if m == nil {
		return nil, &PyError{Type: "TypeError", Msg: fmt.Sprintf("'%s' object is not callable", x.class.name)}
	}
	return Call(thread, m, append(Tuple{x}, args...), kwargs)
}

func (x *Instance) Len() int {
	v, ok, err := special(x, x.class, "__len__")
	if !ok || err != nil {
		return -1
	}
	n, _ := AsInt32(v)
	return n
}

func (x *Instance) Index(i int) Value {
	v, _, _ := special(x, x.class, "__getitem__", MakeInt(i))
	return v
}

func (x *Instance) Get(k Value) (Value, bool, error) {
	v, ok, err := special(x, x.class, "__getitem__", k)
	if !ok {
		return nil, false, &PyError{Type: "TypeError", Msg: fmt.Sprintf("'%s' object is not subscriptable", x.class.name)}
	}
	if err != nil {
		return nil, false, err
	}
	return v, true, nil
}

func (x *Instance) Enter(thread *Thread) (Value, error) {
	m, _ := x.class.lookup("__enter__")
	if cm, ok := x.base.(ContextManager); ok && m == nil {
		if _, err := cm.Enter(thread); err != nil {
			return nil, err
		}
		return x, nil // the instance, as Python's __enter__ returns self
	}
	if m == nil {
		return nil, &PyError{Type: "TypeError", Msg: fmt.Sprintf("'%s' object does not support the context manager protocol", x.class.name)}
	}
	return Call(thread, m, Tuple{x}, nil)
}

func (x *Instance) Exit(thread *Thread, exc error) error {
	m, _ := x.class.lookup("__exit__")
	if cm, ok := x.base.(ContextManager); ok && m == nil {
		return cm.Exit(thread, exc)
	}
	if m == nil {
		return nil
	}
	args := Tuple{x, None, None, None}
	if exc != nil {
		e := AsException(exc)
		args = Tuple{x, e.class, e, None}
	}
	r, err := Call(thread, m, args, nil)
	if err != nil {
		return err
	}
	_ = r // (a true result cannot suppress exc yet: ContextManager has no way to say so)
	return nil
}

// iterate is iter(x) for an instance whose class has __iter__.
func (x *Instance) iterable() (Iterable, bool) {
	v, ok, err := special(x, x.class, "__iter__")
	if !ok || err != nil {
		return nil, false
	}
	it, ok := v.(Iterable)
	return it, ok
}

// BoundMethod is a function bound to an instance (self.method).
type BoundMethod struct {
	self Value
	fn   *Function
}

func (m *BoundMethod) String() string {
	return fmt.Sprintf("<bound method %s.%s of %s>", TypeOf(m.self).name, m.fn.Name(), m.self)
}
func (m *BoundMethod) Type() string          { return "method" }
func (m *BoundMethod) Freeze()               {}
func (m *BoundMethod) Truth() Bool           { return True }
func (m *BoundMethod) Hash() (uint32, error) { return m.fn.Hash() }
func (m *BoundMethod) Name() string          { return m.fn.Name() }
func (m *BoundMethod) CallInternal(thread *Thread, args Tuple, kwargs []Tuple) (Value, error) {
	// the frame Call pushed is the function's (tracebacks, super())
	thread.frameAt(0).callable = m.fn
	return m.fn.CallInternal(thread, append(Tuple{m.self}, args...), kwargs)
}

// superBuiltin is super(): the class of the calling method (the class
// statement it was defined in) and its first argument, or super(C, self).
func superBuiltin(thread *Thread, b *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
	var class *Type
	var self Value
	switch len(args) {
	case 0:
		fr := thread.frameAt(1)
		fn, ok := fr.callable.(*Function)
		if !ok || fn.class == nil || len(fr.locals) == 0 {
			return nil, &PyError{Type: "RuntimeError", Msg: "super(): no arguments"}
		}
		class, self = fn.class, fr.locals[0]
		if c, ok := self.(*cell); ok {
			self = c.v
		}
	case 2:
		c, ok := args[0].(*Type)
		if !ok {
			return nil, &PyError{Type: "TypeError", Msg: "super() argument 1 must be a type"}
		}
		class, self = c, args[1]
	default:
		return nil, &PyError{Type: "TypeError", Msg: "super() takes 0 or 2 arguments"}
	}
	return &superObj{class: class, self: self}, nil
}

type superObj struct {
	class *Type
	self  Value
}

func (s *superObj) String() string {
	return fmt.Sprintf("<super: <class '%s'>, <%s object>>", s.class.name, TypeOf(s.self).name)
}
func (s *superObj) Type() string { return "super" }
func (s *superObj) Freeze()      {}
func (s *superObj) Truth() Bool  { return True }
func (s *superObj) Hash() (uint32, error) {
	return 0, &PyError{Type: "TypeError", Msg: "unhashable type: 'super'"}
}
func (s *superObj) AttrNames() []string { return nil }

func (s *superObj) Attr(name string) (Value, error) {
	mro := linearize(TypeOf(s.self))
	i := 0
	for i < len(mro) && mro[i] != s.class {
		i++
	}
	for _, c := range mro[i+1:] {
		if v, ok := c.attrs[name]; ok {
			if f, ok := v.(*Function); ok {
				return &BoundMethod{self: s.self, fn: f}, nil
			}
			return bindInit(s.self, name, v), nil
		}
		if c.class == nil && name == "__init__" && c.IsSubtype(excBaseException) {
			// BaseException.__init__ sets args
			self := s.self
			return NewBuiltin("__init__", func(thread *Thread, b *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
				if e, ok := self.(*Exception); ok {
					e.args = args
				}
				return None, nil
			}), nil
		}
	}
	switch name {
	case "__init__", "setup", "finish":
		return NewBuiltin(name, func(thread *Thread, b *Builtin, args Tuple, kwargs []Tuple) (Value, error) { return None, nil }), nil
	}
	return nil, &PyError{Type: "AttributeError", Msg: fmt.Sprintf("'super' object has no attribute '%s'", name)}
}

func typesTuple(ts []*Type) []Value {
	vs := make([]Value, len(ts))
	for i, t := range ts {
		vs[i] = t
	}
	return vs
}

// SetField sets a class attribute (C.x = 1).
func (t *Type) SetField(name string, v Value) error {
	if t.class == nil {
		return &PyError{Type: "TypeError", Msg: fmt.Sprintf("cannot set '%s' attribute of immutable type '%s'", name, t.name)}
	}
	t.attrs[name] = v
	return nil
}

// Has is x in inst: __contains__, else a walk of __iter__.
func (x *Instance) Has(y Value) (bool, error) {
	v, ok, err := special(x, x.class, "__contains__", y)
	if ok {
		if err != nil {
			return false, err
		}
		return bool(v.Truth()), nil
	}
	if it, ok := x.iterable(); ok {
		iter := it.Iterate()
		defer iter.Done()
		var e Value
		for iter.Next(&e) {
			if eq, err := Equal(e, y); err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	}
	return false, &PyError{Type: "TypeError", Msg: fmt.Sprintf("argument of type '%s' is not iterable", x.class.name)}
}

// pyCompareInstances compares values of different types when one is an
// instance of a user class: its __eq__ (or the other's, reflected), its
// ordering methods (or the other's reflected one).
func pyCompareInstances(op syntax.Token, x, y Value) (bool, error, bool) {
	xi, xok := x.(*Instance)
	yi, yok := y.(*Instance)
	if !xok && !yok {
		return false, nil, false
	}
	name, reflected := map[syntax.Token][2]string{
		syntax.EQL: {"__eq__", "__eq__"}, syntax.NEQ: {"__eq__", "__eq__"},
		syntax.LT: {"__lt__", "__gt__"}, syntax.GT: {"__gt__", "__lt__"},
		syntax.LE: {"__le__", "__ge__"}, syntax.GE: {"__ge__", "__le__"},
	}[op][0], ""
	reflected = map[string]string{"__eq__": "__eq__", "__lt__": "__gt__", "__gt__": "__lt__", "__le__": "__ge__", "__ge__": "__le__"}[name]
	var v Value
	var found bool
	var err error
	if xok {
		v, found, err = special(x, xi.class, name, y)
	}
	if !found && yok {
		v, found, err = special(y, yi.class, reflected, x)
	}
	if err != nil {
		return false, err, true
	}
	if !found {
		switch op {
		case syntax.EQL:
			return false, nil, true
		case syntax.NEQ:
			return true, nil, true
		}
		return false, &PyError{Type: "TypeError", Msg: fmt.Sprintf("'%s' not supported between instances of '%s' and '%s'", op, TypeOf(x).name, TypeOf(y).name)}, true
	}
	r := bool(v.Truth())
	if op == syntax.NEQ {
		r = !r
	}
	return r, nil, true
}

// pyHash is Python's hash(x) for a value that is not a str or bytes.
func pyHash(x Value) (Value, error) {
	if i, ok := x.(Int); ok {
		return i, nil
	}
	if b, ok := x.(Bool); ok {
		if b {
			return MakeInt(1), nil
		}
		return MakeInt(0), nil
	}
	if x, ok := x.(*Instance); ok {
		if v, found, err := special(x, x.class, "__hash__"); found {
			return v, err
		}
	}
	h, err := x.Hash()
	if err != nil {
		return nil, err
	}
	return MakeInt64(int64(int32(h))), nil
}

// setattr is Python's setattr(obj, name, value).
func setattr(thread *Thread, b *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
	var x, v Value
	var name string
	if err := UnpackPositionalArgs("setattr", args, kwargs, 3, &x, &name, &v); err != nil {
		return nil, err
	}
	if x, ok := x.(HasSetField); ok {
		return None, x.SetField(name, v)
	}
	return nil, &PyError{Type: "AttributeError", Msg: fmt.Sprintf("'%s' object has no attribute '%s'", TypeOf(x).name, name)}
}
