package pyrepr_test

import (
	"encoding/hex"
	"encoding/json"
	"os"
	"testing"

	"go.starlark.net/starlark"

	"netrepl/builtins/pyrepr"
)

// Every byte, and random strings, as CPython 3.11 writes them inside the
// quotes of a bytes repr (testdata/gen_bytes.py).
func TestBytesAsCPython(t *testing.T) {
	data, err := os.ReadFile("testdata/bytes.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct{ Hex, Inner string }
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) < 450 {
		t.Fatalf("only %d cases", len(cases))
	}
	for _, c := range cases {
		b, _ := hex.DecodeString(c.Hex)
		if got, want := pyrepr.Repr(starlark.Bytes(b)), `b"`+c.Inner+`"`; got != want {
			t.Errorf("%s: %s, want %s", c.Hex, got, want)
		}
	}
}

func TestContainersAndQuotes(t *testing.T) {
	l := starlark.NewList([]starlark.Value{starlark.Bytes("\x07"), starlark.String("s")})
	d := starlark.NewDict(1)
	d.SetKey(starlark.Bytes("k\"'"), starlark.Tuple{starlark.Bytes("\xff")})
	l.Append(d)
	l.Append(l)
	want := `[b"\x07", "s", {b"k\"'": (b"\xff",)}, [...]]`
	if got := pyrepr.Repr(l); got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if got := pyrepr.Str(starlark.String("a\x07")); got != "a\x07" {
		t.Errorf("Str of a str: %q", got)
	}
}
