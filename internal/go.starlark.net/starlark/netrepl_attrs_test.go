// netrepl patch: tests of SetBuiltinAttr and int methods.

package starlark

import (
	"testing"

	"go.starlark.net/syntax"
)

func TestBuiltinAttrAndIntMethod(t *testing.T) {
	noop := func(thread *Thread, b *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
		return b.Receiver(), nil
	}
	typ := NewBuiltin("typ", noop)
	SetBuiltinAttr(typ, "make", MakeInt(7))
	SetMethod("int", "self", NewBuiltin("self", noop))
	defer delete(intMethods, "self") // upstream's tests see int as it was
	defer delete(builtinAttrs, typ)
	thread := new(Thread)
	src := `
a = typ.make
b = dir(typ)
c = (41).self()
d = hasattr(typ, "nope")
e = dir(len)
`
	globals, err := ExecFileOptions(&syntax.FileOptions{}, thread, "attrs.star", src,
		StringDict{"typ": typ, "len": Universe["len"]})
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"a": "7", "b": `["make"]`, "c": "41", "d": "False", "e": "[]"} {
		if got := globals[name].String(); got != want {
			t.Errorf("%s = %s, want %s", name, got, want)
		}
	}
}
