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

// globals is Python's globals(): a dict of the session's globals, by
// name. It is a copy: assigning into it does not bind a global.
func (s *Session) globals(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 0 || len(kwargs) > 0 {
		return nil, pyerr.New("TypeError", "globals() takes no arguments (%d given)", len(args)+len(kwargs))
	}
	names := s.globalNames()
	d := starlark.NewDict(len(names))
	for _, name := range names {
		if name == "__name__" {
			d.SetKey(starlark.String(name), s.predeclared[name])
		} else if v := s.Globals.Get(name); v != nil {
			d.SetKey(starlark.String(name), v)
		}
	}
	return d, nil
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
