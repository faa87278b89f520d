package repl

import (
	"bytes"
	"testing"
)

// FuzzFStrings: no source makes the f-string or the with rewrite panic,
// and source without an f-string (or a with) comes back as it was.
func FuzzFStrings(f *testing.F) {
	for _, s := range []string{`f"{x}"`, `f"{x!r:>{w}}"`, `f'''{a}
{b=}'''`, `rf"\d{x}"`, `f"{"`, `f"{x!"`, `f"{x:{"`, `if"a" in b: pass`, `"f{x}" # f"{"`, `f"{ {'a': 1}['a'] }"`, "with a as b, c:\n  pass", "with (x:", "with a as"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		out, err := rewriteFStrings("fuzz.star", src)
		if err == nil && !bytes.ContainsAny(src, "fF") && !bytes.Equal(out, src) {
			t.Fatalf("%q rewritten to %q", src, out)
		}
		if out := rewriteWith(src); !bytes.Contains(src, []byte("with")) && !bytes.Equal(out, src) {
			t.Fatalf("with: %q rewritten to %q", src, out)
		}
	})
}

func TestFStringRewrite(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`f"{host}:{port:>5}"`, `"{}:{:>5}".format((host), (port))`},
		{`x = f'{a=}' + f"{{b}}"`, `x = 'a={!r}'.format((a)) + "{{b}}".format()`},
		{`f"{x:{w}.{p}f}"`, `"{:{}.{}f}".format((x), (w), (p))`},
		{`Rf"\d{x!s}"`, `r"\d{!s}".format((x))`},
		{`elif"x": f # f"{x}"`, `elif"x": f # f"{x}"`},
		{`b"{x}" + "f{x}"`, `b"{x}" + "f{x}"`},
	} {
		got, err := rewriteFStrings("t.star", []byte(tc.in))
		if err != nil || string(got) != tc.want {
			t.Errorf("%s -> %s, %v; want %s", tc.in, got, err, tc.want)
		}
	}
}
