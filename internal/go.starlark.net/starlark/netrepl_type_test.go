// netrepl patch: type objects (netrepl_type.go).

package starlark_test

import (
	"testing"

	"go.starlark.net/starlark"
)

// ctorWithAttrs is a constructor with a class attribute, as a builtin
// given one by another patch (int.from_bytes).
type ctorWithAttrs struct{ *starlark.Builtin }

func (c ctorWithAttrs) Attr(name string) (starlark.Value, error) {
	if name == "make" {
		return starlark.String("made"), nil
	}
	return nil, nil
}
func (c ctorWithAttrs) AttrNames() []string { return []string{"make"} }

func TestTypeAttrs(t *testing.T) {
	pythonSemantics(t)
	ctor := ctorWithAttrs{starlark.NewBuiltin("thing", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
		return starlark.None, nil
	})}
	typ := starlark.NewType("thing", "mod", ctor)
	typ.SetClassAttr("own", starlark.MakeInt(1))
	if v, _ := typ.Attr("make"); v != starlark.String("made") {
		t.Errorf("the constructor's attribute: %v", v)
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
