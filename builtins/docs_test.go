package builtins_test

import (
	"strings"
	"testing"

	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"

	"netrepl/builtins/doc"
	"netrepl/internal/startest"
)

// Every module has a doc, and every function of every module and every
// shortcut has a doc whose first line is its Python signature: help(),
// x? and completion show it.
func TestEveryBuiltinHasADoc(t *testing.T) {
	u := startest.New(t).Predeclared
	checkFunc := func(where string, v starlark.Value) {
		b, ok := v.(*starlark.Builtin)
		if !ok {
			return
		}
		// An alias (quit for exit) shows the doc of what it names.
		if d := doc.Of(v); !strings.HasPrefix(d, b.Name()+"(") {
			t.Errorf("doc of %s starts %q, want %q", where, strings.SplitN(d, "\n", 2)[0], b.Name()+"(...)")
		}
	}
	modules := 0
	for name, v := range u {
		m, ok := v.(*starlarkstruct.Module)
		if !ok {
			checkFunc(name, v)
			continue
		}
		modules++
		if doc.Of(m) == "" {
			t.Errorf("module %s has no doc", name)
		}
		for member, mv := range m.Members {
			checkFunc(name+"."+member, mv)
		}
	}
	if modules < 7 {
		t.Errorf("only %d modules in the universe", modules)
	}
}
