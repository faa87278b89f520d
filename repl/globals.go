package repl

import (
	"fmt"
	"sort"
	"sync"

	"go.starlark.net/starlark"

	"netrepl/builtins/pyerr"
)

// Globals are the prompt's global variables, shared live by every chunk.
//
// go.starlark.net's REPL gives each chunk its own module: a function
// defined in one chunk keeps reading the values its chunk saw, so after
// `x = 1`, `def f(): return x`, `x = 2`, f() still returns 1. Python
// returns 2. Here every chunk is rewritten (see rewrite.go) so that each
// read and write of a user global goes through this one table instead of
// a chunk's module, and every function, whichever chunk defined it, sees
// the current value.
//
// Background threads (servers, threading.Thread) read globals while the
// prompt assigns them, so the table is a sync.Map: reads of stable names
// take no lock.
type Globals struct {
	m sync.Map // string -> *cell; a name, once bound, keeps its cell
}

// cell holds one global. Writing a value into an existing cell allocates
// nothing, which keeps `for i in ...` at top level cheap.
type cell struct {
	mu sync.Mutex
	v  starlark.Value
}

// Get returns the value of name, or nil.
func (g *Globals) Get(name string) starlark.Value {
	c, ok := g.m.Load(name)
	if !ok {
		return nil
	}
	cl := c.(*cell)
	cl.mu.Lock()
	v := cl.v
	cl.mu.Unlock()
	return v
}

// Set binds name to v.
func (g *Globals) Set(name string, v starlark.Value) {
	c, ok := g.m.Load(name)
	if !ok {
		c, _ = g.m.LoadOrStore(name, &cell{})
	}
	cl := c.(*cell)
	cl.mu.Lock()
	cl.v = v
	cl.mu.Unlock()
}

// Delete unbinds name (Python's del of a global) and reports whether
// it was bound.
func (g *Globals) Delete(name string) bool {
	c, ok := g.m.Load(name)
	if !ok {
		return false
	}
	cl := c.(*cell)
	cl.mu.Lock()
	defer cl.mu.Unlock()
	was := cl.v != nil
	cl.v = nil
	return was
}

// Has reports whether name is bound.
func (g *Globals) Has(name string) bool { return g.Get(name) != nil }

// Names returns the bound names, sorted.
func (g *Globals) Names() []string {
	var names []string
	g.m.Range(func(k, c any) bool {
		if g.Get(k.(string)) != nil {
			names = append(names, k.(string))
		}
		return true
	})
	sort.Strings(names)
	return names
}

// namespace is the Starlark value through which rewritten chunks reach
// Globals: `x` becomes `__ns__.x`, `x = 1` becomes `__ns__.x = 1`.
// A name with no global falls back to the builtins, as a global lookup
// does in Python: a function that says `global len` still calls the
// builtin len, and so does code that read a global len after `del len`.
type namespace struct {
	g       *Globals
	builtin func(name string) starlark.Value // or nil
}

// nsName is the predeclared name of the namespace; no user can type it
// by accident, and it never appears in completion or help.
const nsName = "__ns__"

var (
	_ starlark.HasSetField = namespace{}
	_ starlark.HasDelAttr  = namespace{}
)

func (n namespace) String() string        { return "<globals>" }
func (n namespace) Type() string          { return "globals" }
func (n namespace) Freeze()               {}
func (n namespace) Truth() starlark.Bool  { return true }
func (n namespace) Hash() (uint32, error) { return 0, fmt.Errorf("unhashable: globals") }
func (n namespace) AttrNames() []string   { return n.g.Names() }

func (n namespace) Attr(name string) (starlark.Value, error) {
	if v := n.g.Get(name); v != nil {
		return v, nil
	}
	if n.builtin != nil {
		if v := n.builtin(name); v != nil {
			return v, nil
		}
	}
	return nil, &pyerr.Error{Type: "NameError", Message: fmt.Sprintf("name '%s' is not defined", name)}
}

func (n namespace) SetField(name string, v starlark.Value) error {
	n.g.Set(name, v)
	return nil
}

// DelAttr is del NAME of a user global.
func (n namespace) DelAttr(name string) error {
	if !n.g.Delete(name) {
		return &pyerr.Error{Type: "NameError", Message: fmt.Sprintf("name '%s' is not defined", name)}
	}
	return nil
}
