// netrepl patch: tests of int methods.

package starlark

import (
	"testing"

	"go.starlark.net/syntax"
)

func TestIntMethod(t *testing.T) {
	noop := func(thread *Thread, b *Builtin, args Tuple, kwargs []Tuple) (Value, error) {
		return b.Receiver(), nil
	}
	SetMethod("int", "self", NewBuiltin("self", noop))
	defer delete(intMethods, "self") // upstream's tests see int as it was
	thread := new(Thread)
	src := `
c = (41).self()
e = dir(len)
`
	globals, err := ExecFileOptions(&syntax.FileOptions{}, thread, "attrs.star", src,
		StringDict{"len": Universe["len"]})
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"c": "41", "e": "[]"} {
		if got := globals[name].String(); got != want {
			t.Errorf("%s = %s, want %s", name, got, want)
		}
	}
}
