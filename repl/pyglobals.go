package repl

import (
	"sort"

	"go.starlark.net/starlark"

	"netrepl/builtins/pyerr"
)

// dir is Python's dir(): with no argument, in a function the names of
// its local variables bound so far, at top level the session's global
// names (sorted, __name__ among them); with one, the attributes of the
// value, as Starlark's dir.
func (s *Session) dir(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 0 || len(kwargs) > 0 {
		return starlark.Call(thread, starlark.Universe["dir"], args, kwargs)
	}
	names := s.globalNames()
	if thread.CallStackDepth() > 1 {
		fr := thread.DebugFrame(1) // dir's caller
		if fn, ok := fr.Callable().(*starlark.Function); ok && fn.Name() != "<toplevel>" {
			names = names[:0]
			for i := 0; i < fr.NumLocals(); i++ {
				if bind, v := fr.Local(i); v != nil {
					names = append(names, bind.Name)
				}
			}
			sort.Strings(names)
		}
	}
	list := make([]starlark.Value, len(names))
	for i, name := range names {
		list[i] = starlark.String(name)
	}
	return starlark.NewList(list), nil
}

// globals is Python's globals(): the session's globals as a live
// mapping (globalsView): reading it sees the current values, and
// assigning or deleting a key binds or unbinds the global, as in Python.
func (s *Session) globals(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 0 || len(kwargs) > 0 {
		return nil, pyerr.New("TypeError", "globals() takes no arguments (%d given)", len(args)+len(kwargs))
	}
	return globalsView{s}, nil
}

// globalsView is what globals() returns: a dict (its Type, so type() and
// isinstance say dict) over Globals. Its reading methods are a copy's;
// update, pop and setdefault write through.
type globalsView struct{ s *Session }

var (
	_ starlark.HasSetKey = globalsView{}
	_ starlark.HasDelKey = globalsView{}
	_ starlark.Iterable  = globalsView{}
	_ starlark.Sequence  = globalsView{}
	_ starlark.HasAttrs  = globalsView{}
)

// snapshot is the globals now, as a dict.
func (g globalsView) snapshot() *starlark.Dict {
	names := g.s.globalNames()
	d := starlark.NewDict(len(names))
	for _, name := range names {
		if v := g.get(name); v != nil {
			d.SetKey(starlark.String(name), v)
		}
	}
	return d
}

func (g globalsView) get(name string) starlark.Value {
	if name == "__name__" {
		return g.s.predeclared[name]
	}
	return g.s.Globals.Get(name)
}

func (g globalsView) String() string       { return g.snapshot().String() }
func (g globalsView) Type() string         { return "dict" }
func (g globalsView) Freeze()              {}
func (g globalsView) Truth() starlark.Bool { return true }
func (g globalsView) Hash() (uint32, error) {
	return 0, pyerr.New("TypeError", "unhashable type: 'dict'")
}
func (g globalsView) Len() int { return g.snapshot().Len() }
func (g globalsView) Iterate() starlark.Iterator {
	return g.snapshot().Iterate()
}

func (g globalsView) Get(k starlark.Value) (starlark.Value, bool, error) {
	name, ok := k.(starlark.String)
	if !ok {
		return nil, false, nil
	}
	v := g.get(string(name))
	return v, v != nil, nil
}

func (g globalsView) SetKey(k, v starlark.Value) error {
	name, ok := k.(starlark.String)
	if !ok || name == "__name__" {
		return pyerr.New("TypeError", "netrepl's globals() takes str keys other than __name__, not %s", pyerr.StrRepr(k.String()))
	}
	g.s.Globals.Set(string(name), v)
	return nil
}

func (g globalsView) DelKey(k starlark.Value) error {
	name, ok := k.(starlark.String)
	if !ok || !g.s.Globals.Delete(string(name)) {
		return pyerr.New("KeyError", "%s", k.String())
	}
	return nil
}

// globalsMethods are the dict methods of globals(): those that read
// work on a snapshot; these write through.
var globalsMethods = []string{"copy", "get", "items", "keys", "pop", "setdefault", "update", "values"}

func (g globalsView) AttrNames() []string { return globalsMethods }

func (g globalsView) Attr(name string) (starlark.Value, error) {
	switch name {
	case "copy", "get", "items", "keys", "values":
		return g.snapshot().Attr(name)
	case "update", "pop", "setdefault":
		return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			// Run the dict method on a snapshot, then write the
			// difference back: one implementation of each method.
			d := g.snapshot()
			m, err := d.Attr(name)
			if err != nil {
				return nil, err
			}
			res, err := starlark.Call(thread, m, args, kwargs)
			if err != nil {
				return nil, err
			}
			for _, name := range g.s.globalNames() {
				if _, found, _ := d.Get(starlark.String(name)); !found && name != "__name__" {
					g.s.Globals.Delete(name)
				}
			}
			for _, kv := range d.Items() {
				if k, ok := kv[0].(starlark.String); ok && k != "__name__" {
					g.s.Globals.Set(string(k), kv[1])
				}
			}
			return res, nil
		}), nil
	}
	return nil, nil
}

// globalNames are the names dir() and globals() list: the session's
// globals but _ (the last value shown, which Python keeps in builtins).
func (s *Session) globalNames() []string {
	names := []string{"__name__"}
	for _, name := range s.Globals.Names() {
		if name != "_" {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	return names
}
