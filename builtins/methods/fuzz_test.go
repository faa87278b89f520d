package methods_test

import (
	"testing"
	"unicode/utf8"

	"go.starlark.net/starlark"

	"netrepl/builtins/methods"
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

func mustAttr(t *testing.T, v starlark.Value, name string) starlark.Value {
	m, err := v.(starlark.HasAttrs).Attr(name)
	if err != nil || m == nil {
		t.Fatalf("%s has no %s", v.Type(), name)
	}
	return m
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
		// bytes.fromhex reads back what hex writes, with separators too;
		// int.from_bytes and to_bytes are each other's inverse.
		fromhex, _ := starlark.PyType("bytes").Attr("fromhex")
		spaced, _ := call(t, b, "hex", starlark.String(" "), starlark.MakeInt(3))
		for _, h := range []starlark.Value{hex, spaced} {
			if back, err := starlark.Call(&starlark.Thread{}, fromhex, starlark.Tuple{h}, nil); err != nil || back != b {
				t.Fatalf("bytes.fromhex(%s) = %v, %v; want %q", h, back, err, data)
			}
		}
		n, err := starlark.Call(&starlark.Thread{}, methods.FromBytes, starlark.Tuple{b, starlark.String("little")}, []starlark.Tuple{{starlark.String("signed"), starlark.True}})
		if err != nil {
			t.Fatal(err)
		}
		back, err = starlark.Call(&starlark.Thread{}, mustAttr(t, n, "to_bytes"), starlark.Tuple{starlark.MakeInt(len(data)), starlark.String("little")}, []starlark.Tuple{{starlark.String("signed"), starlark.True}})
		if err != nil || back != b {
			t.Fatalf("int.from_bytes(%q, signed) = %s; to_bytes = %v, %v", data, n, back, err)
		}
		// A bytearray has the methods of bytes, with the same results.
		ba := starlark.NewBytearray(append([]byte(nil), data...))
		for _, name := range []string{"hex", "decode", "upper", "strip", "split"} {
			x, xerr := call(t, b, name)
			y, yerr := call(t, ba, name)
			if (xerr == nil) != (yerr == nil) {
				t.Fatalf("%q.%s(): %v; bytearray: %v", data, name, xerr, yerr)
			}
			if xerr != nil {
				continue
			}
			if eq, err := starlark.Equal(x, y); err != nil || !eq {
				t.Fatalf("%q.%s() = %v, %v; bytearray: %v, %v", data, name, x, xerr, y, yerr)
			}
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
