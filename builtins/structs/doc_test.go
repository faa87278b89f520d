package structs_test

import (
	"strings"
	"testing"

	"go.starlark.net/starlark"

	"netrepl/builtins/doc"
	"netrepl/internal/startest"
)

// The methods of a Struct value have docs that start with their
// signature (module functions are checked for every module in
// builtins/docs_test.go).
func TestStructMethodDocs(t *testing.T) {
	s, err := startest.New(t).Eval("struct.Struct('i')")
	if err != nil {
		t.Fatal(err)
	}
	if doc.Of(s) == "" {
		t.Error("Struct values have no doc")
	}
	for _, name := range s.(starlark.HasAttrs).AttrNames() {
		m, _ := s.(starlark.HasAttrs).Attr(name)
		if _, ok := m.(*starlark.Builtin); ok && !strings.HasPrefix(doc.Of(m), name+"(") {
			t.Errorf("doc of Struct.%s starts %q", name, strings.SplitN(doc.Of(m), "\n", 2)[0])
		}
	}
}
