// netrepl patch: type objects (netrepl_type.go).

package starlark_test

import (
	"testing"

	"go.starlark.net/starlark"
)

func TestTypeAttrs(t *testing.T) {
	pythonSemantics(t)
	ctor := starlark.NewBuiltin("thing", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
		return starlark.None, nil
	})
	typ := starlark.NewType("thing", "mod", ctor)
	typ.SetClassAttr("own", starlark.MakeInt(1))
	typ.SetClassAttr("make", starlark.String("made"))
	if v, _ := typ.Attr("make"); v != starlark.String("made") {
		t.Errorf("a class attribute: %v", v)
	}
	if v, _ := typ.Attr("own"); v != starlark.MakeInt(1) {
		t.Errorf("a class attribute: %v", v)
	}
	if got := typ.String(); got != "<class 'mod.thing'>" {
		t.Errorf("repr %s", got)
	}
	if names := typ.AttrNames(); len(names) != 2 || names[0] != "make" || names[1] != "own" {
		t.Errorf("AttrNames %v", names)
	}
	// The built-in types are the values TypeOf returns and
	// PythonUniverse binds.
	u := starlark.PythonUniverse()
	for name, v := range map[string]starlark.Value{"int": starlark.MakeInt(1), "str": starlark.String(""), "bytes": starlark.Bytes(""), "list": starlark.NewList(nil)} {
		if starlark.TypeOf(v) != u[name] || starlark.PyType(name) != u[name] {
			t.Errorf("type of %s is not the universe's %s", v, name)
		}
	}
}
