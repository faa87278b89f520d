// netrepl patch: Go tests of bytearray and slice assignment.

package starlark

import (
	"bytes"
	"testing"

	"go.starlark.net/syntax"
)

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

// TestSetSliceCompiled runs slice assignment (the SETSLICE instruction)
// from a program written out and read back, as a compiled cache would.
func TestSetSliceCompiled(t *testing.T) {
	PythonSemantics = true
	defer func() { PythonSemantics = false }()
	src := `
buf = bytearray(b"......")
buf[1:3] = b"ab"
buf[::-2] = [0x41, 0x42, 0x43]
l = [1, 2, 3]
l[1:] = buf[:2]
`
	opts := &syntax.FileOptions{Python: true, GlobalReassign: true}
	_, prog, err := SourceProgramOptions(opts, "slice.star", src, func(name string) bool { return name == "bytearray" })
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := prog.Write(&out); err != nil {
		t.Fatal(err)
	}
	prog2, err := CompiledProgram(&out)
	if err != nil {
		t.Fatal(err)
	}
	bytearray := NewBuiltin("bytearray", func(_ *Thread, _ *Builtin, args Tuple, _ []Tuple) (Value, error) {
		return NewBytearray([]byte(args[0].(Bytes))), nil
	})
	g, err := prog2.Init(new(Thread), StringDict{"bytearray": bytearray})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(g["buf"].(*Bytearray).b), ".CbB.A"; got != want {
		t.Errorf("buf = %q, want %q", got, want)
	}
	if got, want := g["l"].String(), "[1, 46, 67]"; got != want {
		t.Errorf("l = %s, want %s", got, want)
	}
	// Without the Python option, slice assignment is upstream's error.
	if _, _, err := SourceProgramOptions(&syntax.FileOptions{}, "s.star", "x = [1]\nx[0:1] = []\n", nil); err == nil {
		t.Errorf("Starlark accepted a slice assignment")
	}
}
