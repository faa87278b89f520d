package methods_test

import (
	"testing"
	"unicode/utf8"

	"go.starlark.net/starlark"

	_ "netrepl/builtins/methods"
)

// call calls method name of recv.
func call(t *testing.T, recv starlark.Value, name string, args ...starlark.Value) (starlark.Value, error) {
	t.Helper()
	m, err := recv.(starlark.HasAttrs).Attr(name)
	if err != nil || m == nil {
		t.Fatalf("%s has no method %s (%v): the method tables were not extended", recv.Type(), name, err)
	}
	return starlark.Call(&starlark.Thread{}, m, args, nil)
}

// FuzzCodecs: no input makes decode or encode fail where Python cannot,
// and the round trips Python guarantees hold.
func FuzzCodecs(f *testing.F) {
	for _, s := range []string{"", "abc", "caf\xc3\xa9", "\xff\xfe", "\xe2\x82", "\xf0\x9f\x98\x80", "\xed\xa0\x80"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		b := starlark.Bytes(data)
		for _, errors := range []string{"replace", "ignore", "backslashreplace"} {
			v, err := call(t, b, "decode", starlark.String("utf-8"), starlark.String(errors))
			if err != nil {
				t.Fatalf("decode(%q, %s): %v", data, errors, err)
			}
			if !utf8.ValidString(string(v.(starlark.String))) {
				t.Fatalf("decode(%q, %s) = %q, not UTF-8", data, errors, v)
			}
		}
		v, err := call(t, b, "decode", starlark.String("utf-8"))
		if utf8.Valid(data) != (err == nil) || err == nil && string(v.(starlark.String)) != string(data) {
			t.Fatalf("strict decode(%q) = %v, %v", data, v, err)
		}
		text, err := call(t, b, "decode", starlark.String("latin-1"))
		if err != nil {
			t.Fatal(err)
		}
		back, err := call(t, text, "encode", starlark.String("latin-1"))
		if err != nil || back != b {
			t.Fatalf("latin-1 round trip of %q: %v, %v", data, back, err)
		}
		hex, err := call(t, b, "hex")
		if err != nil || len(hex.(starlark.String)) != 2*len(data) {
			t.Fatalf("hex(%q) = %v, %v", data, hex, err)
		}
	})
}

// TestMethodsEverywhere: the methods are there for any Starlark, not only
// the prompt's: dir() lists them and a plain thread can call them.
func TestMethodsEverywhere(t *testing.T) {
	v, err := starlark.Eval(&starlark.Thread{}, "x.star",
		`("decode" in dir(b""), "encode" in dir(""), hasattr(b"", "split"), "GET / HTTP/1.0\r\n".encode().split(b" "))`, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := v.String(), `(True, True, True, [b'GET', b'/', b'HTTP/1.0\r\n'])`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
