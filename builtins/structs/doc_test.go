package structs_test

import (
	"strings"
	"testing"

	"go.starlark.net/starlark"

	"netrepl/builtins/doc"
	"netrepl/builtins/structs"
)

// Every function and method has a doc whose first line is its Python
// signature: help() and completion show it.
func TestDocs(t *testing.T) {
	if doc.Of(structs.Module) == "" {
		t.Error("the struct module has no doc")
	}
	for name, v := range structs.Module.Members {
		if d := doc.Of(v); !strings.HasPrefix(d, name+"(") {
			t.Errorf("doc of struct.%s starts %q", name, firstLine(d))
		}
	}
	for name, v := range structs.Shortcuts {
		if structs.Module.Members[name] != v {
			t.Errorf("shortcut %s is not struct.%s", name, name)
		}
	}
	thread, predeclared, _ := session()
	s, err := starlark.EvalOptions(dialect, thread, "doc", "struct.Struct('i')", predeclared)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Of(s) == "" {
		t.Error("Struct values have no doc")
	}
	for _, name := range s.(starlark.HasAttrs).AttrNames() {
		m, _ := s.(starlark.HasAttrs).Attr(name)
		if _, ok := m.(*starlark.Builtin); ok && !strings.HasPrefix(doc.Of(m), name+"(") {
			t.Errorf("doc of Struct.%s starts %q", name, firstLine(doc.Of(m)))
		}
	}
}

func firstLine(s string) string { return strings.SplitN(s, "\n", 2)[0] }
