// Package doc keeps the one text that documents each builtin: help() shows
// it, `name?` at the prompt shows it, and completion lists the names it
// documents. A module declares its builtins through Func and its methods
// through Methods, so the doc is written once, next to the code.
//
// The first line of a doc is the signature as Python shows it
// ("sleep(secs)"); the rest is prose.
package doc

import (
	"sync"

	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"
)

var (
	mu      sync.RWMutex
	funcs   = map[*starlark.Builtin]string{}
	methods = map[string]string{} // "socket.recv"
	types   = map[string]string{} // value type or module name
)

// Func returns a builtin named name and records its doc.
func Func(name, text string, fn func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error)) *starlark.Builtin {
	b := starlark.NewBuiltin(name, fn)
	mu.Lock()
	funcs[b] = text
	mu.Unlock()
	return b
}

// Set records the doc of a builtin made elsewhere (the interpreter's).
func Set(b *starlark.Builtin, text string) {
	mu.Lock()
	funcs[b] = text
	mu.Unlock()
}

// Method records the doc of method name of values of type typ (as
// Value.Type() reports it), for methods bound with BindReceiver.
func Method(typ, name, text string) {
	mu.Lock()
	methods[typ+"."+name] = text
	mu.Unlock()
}

// Type records the doc of a value type or of a module (by its name).
func Type(name, text string) {
	mu.Lock()
	types[name] = text
	mu.Unlock()
}

// Of returns the doc of v, or "" if none was recorded.
func Of(v starlark.Value) string {
	mu.RLock()
	defer mu.RUnlock()
	switch v := v.(type) {
	case *starlark.Type: // int, socket.socket: its constructor's doc
		if c, ok := v.Constructor().(*starlark.Builtin); ok {
			mu.RUnlock()
			defer mu.RLock()
			return Of(c)
		}
	case *starlark.Builtin:
		if v.Receiver() != nil {
			if t, ok := methods[v.Receiver().Type()+"."+v.Name()]; ok {
				return t
			}
		}
		return funcs[v]
	}
	if name, ok := moduleName(v); ok {
		return types[name]
	}
	return types[v.Type()]
}

func moduleName(v starlark.Value) (string, bool) {
	if m, ok := v.(*starlarkstruct.Module); ok {
		return m.Name, true
	}
	return "", false
}
