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

func TestBytearrayDel(t *testing.T) {
	PythonSemantics = true
	defer func() { PythonSemantics = false }()
	ba := NewBytearray([]byte("abcdef"))
	if err := ba.DelKey(MakeInt(-1)); err != nil || string(ba.b) != "abcde" {
		t.Fatalf("del ba[-1]: %v %q", err, ba.b)
	}
	if err := ba.DelKey(MakeInt(9)); err == nil || err.Error() != "IndexError: bytearray index out of range" {
		t.Errorf("del ba[9]: %v", err)
	}
	if err := ba.DelKey(String("x")); err == nil || err.Error() != "TypeError: bytearray indices must be integers or slices, not str" {
		t.Errorf("del ba['x']: %v", err)
	}
	start, end, step, _ := sliceIndices(ba.Len(), None, None, MakeInt(-2))
	if err := ba.DelSlice(start, end, step); err != nil || string(ba.b) != "bd" {
		t.Errorf("del ba[::-2]: %v %q", err, ba.b)
	}
}
