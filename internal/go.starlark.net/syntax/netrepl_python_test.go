package syntax_test

import (
	"fmt"
	"strings"
	"testing"

	"go.starlark.net/syntax"
)

var python = &syntax.FileOptions{Python: true, While: true, TopLevelControl: true, GlobalReassign: true, Set: true}

// dump prints the nodes of the python dialect with their positions.
func dump(n syntax.Node) string {
	var b strings.Builder
	syntax.Walk(n, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.WithStmt:
			fmt.Fprintf(&b, "with@%d:%d ", n.With.Line, n.With.Col)
		case *syntax.WithItem:
			fmt.Fprintf(&b, "item(as=%v) ", n.Target != nil)
		case *syntax.ImportStmt:
			fmt.Fprintf(&b, "import(%q star=%v) ", n.Module(), n.Star.IsValid())
		case *syntax.ImportName:
			fmt.Fprintf(&b, "%s->%s ", n.Dotted(), n.Bound().Name)
		case *syntax.FStringExpr:
			for _, p := range n.Parts {
				if p.Field == nil {
					fmt.Fprintf(&b, "lit%q ", p.Lit)
				}
			}
		case *syntax.FStringField:
			fmt.Fprintf(&b, "field(debug=%q conv=%s spec=%d) ", n.Debug, strings.Trim(string(rune(n.Conv)), "\x00"), len(n.Spec))
		case *syntax.Ident:
			fmt.Fprintf(&b, "%s@%d:%d ", n.Name, n.NamePos.Line, n.NamePos.Col)
		case *syntax.Literal:
			fmt.Fprintf(&b, "%#v ", n.Value)
		}
		return true
	})
	return strings.TrimSpace(b.String())
}

func TestPythonParse(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"with a as b, c:\n  pass\n", "with@1:1 item(as=true) a@1:6 b@1:11 item(as=false) c@1:14"},
		{"with (a as\n  x):\n  pass\n", "with@1:1 item(as=true) a@1:7 x@2:3"},
		{"with a as (x), b as y: pass\n", "with@1:1 item(as=true) a@1:6 x@1:12 item(as=true) b@1:16 y@1:21"},
		{"with (a, b) as c: pass\n", "with@1:1 item(as=true) a@1:7 b@1:10 c@1:16"},
		{"with (a).f() as c: pass\n", "with@1:1 item(as=true) a@1:7 f@1:10 c@1:17"},
		{"with ():\n  pass\n", "with@1:1 item(as=false)"},
		{"with (a as b,): pass\n", "with@1:1 item(as=true) a@1:7 b@1:12"},
		{"import socket; x = 1\n", `import("" star=false) socket->socket socket@1:8 x@1:16 1`},
		{"import a.b as c, d\n", `import("" star=false) a.b->c a@1:8 b@1:10 c@1:15 d->d d@1:18`},
		{"from socket import (a,\n b as c,)\n", `import("socket" star=false) socket@1:6 a->a a@1:21 b->c b@2:2 c@2:7`},
		{"from socket import *  # (\n", `import("socket" star=true) socket@1:6`},
		{"from . import x\n", `import("." star=false) x->x x@1:15`},
		{"from socket import AF_INET, \\\r\n  SOCK_STREAM\r\n", `import("socket" star=false) socket@1:6 AF_INET->AF_INET AF_INET@1:20 SOCK_STREAM->SOCK_STREAM SOCK_STREAM@2:3`},
		{`y = f"{x}" + nope`, `y@1:1 field(debug="" conv= spec=0) x@1:8 nope@1:14`},
		{`f"a{x!r:>{w}}b{{c}}"`, `lit"a" lit"b{c}" field(debug="" conv=r spec=2) x@1:5 field(debug="" conv= spec=0) w@1:11`},
		{`f"{x = }"`, `field(debug="x = " conv= spec=0) x@1:4`},
		{"s = f'''a\n{nope}\n'''", `s@1:1 lit"a\n" lit"\n" field(debug="" conv= spec=0) nope@2:2`},
		{`"a" f"{x}" 'b'`, `lit"a" lit"b" field(debug="" conv= spec=0) x@1:8`},
		{`"a" "b" 'c'`, `"abc"`},
		{`rf"\d{x}" Rb"\d" U"x"`, ``},
		{`f'{"a" if x else "b"}'`, `field(debug="" conv= spec=0) x@1:11 "a" "b"`},
	} {
		f, err := python.Parse("t.py", tc.src, 0)
		if err != nil {
			if tc.want != "" {
				t.Errorf("%q: %v", tc.src, err)
			}
			continue
		}
		if got := dump(f); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.src, got, tc.want)
		}
	}
}

func TestPythonParseErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"with l as x y:\n  pass\n", "t.py:1:13: invalid syntax"},
		// CPython 3.11 reports an f-string's structure errors just after it.
		{`f"{x!z}"`, "t.py:1:9: f-string: invalid conversion character: expected 's', 'r', or 'a'"},
		{`f"{}"`, "t.py:1:6: f-string: empty expression not allowed"},
		{`f"{x"`, "t.py:1:6: f-string: expecting '}'"},
		{`f"}"`, "t.py:1:5: f-string: single '}' is not allowed"},
		{`f"{x#}"`, "t.py:1:8: f-string expression part cannot include '#'"},
		{`f"{'\n'.join(x)}"`, "t.py:1:18: f-string expression part cannot include a backslash"},
		{"s = f'''a\n{x!z}\nb'''", "t.py:3:5: f-string: invalid conversion character: expected 's', 'r', or 'a'"},
		{"x = 1\ns = f'''a\n{x y}\n'''", "t.py:3:4: f-string: invalid syntax"},
		{`"a" b"c"`, "t.py:1:1: cannot mix bytes and nonbytes literals"},
		{"import (a)\n", "t.py:1:8: invalid syntax"},
		{"from socket import\n", "t.py:1:19: invalid syntax"},
		{"with lock\n  pass\n", "t.py:1:10: expected ':'"},
		{`f"{'a' if x else "b"}"`, "t.py:1:19: f-string: expecting '}'"},
	} {
		_, err := python.Parse("t.py", tc.src, 0)
		if err == nil || err.Error() != tc.want {
			t.Errorf("%q: got %v, want %s", tc.src, err, tc.want)
		}
	}
}

func TestPromptNeeds(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want syntax.PromptNeed
	}{
		{"x = 1\n", syntax.PromptComplete},
		{"x = (1,\n", syntax.PromptMoreText},
		{"x = (1,\n\n", syntax.PromptMoreText},
		{"s = '''a\n\nb\n", syntax.PromptMoreText},
		{"s = f'''{a}\n", syntax.PromptMoreText},
		{"x = 1 + \\\n", syntax.PromptMoreText},
		{"x = 1 # \\\n", syntax.PromptComplete},
		{"x = 1 # (\n", syntax.PromptComplete},
		{"s = '('\n", syntax.PromptComplete},
		{"s = 'abc\n", syntax.PromptComplete},
		{"x = )\n", syntax.PromptComplete},
		{"def f():\n", syntax.PromptMoreBlock},
		{"if x: pass\n", syntax.PromptMoreBlock},
		{"with l:\n    p(1,\n", syntax.PromptMoreText},
		{"with l:\n    p(1)\n", syntax.PromptMoreBlock},
		{"import socket  # uses (tcp\n", syntax.PromptComplete},
		{"from socket import (a,\n", syntax.PromptMoreText},
		{"iffy = 1\n", syntax.PromptComplete},
		{"# just a comment\n", syntax.PromptComplete},
	} {
		if got := python.PromptNeeds([]byte(tc.src)); got != tc.want {
			t.Errorf("%q: %d, want %d", tc.src, got, tc.want)
		}
	}
}

// FuzzPythonParse: no text makes the Python dialect's scanner or parser
// fail inside (a Go panic is caught and reported as an internal error).
func FuzzPythonParse(f *testing.F) {
	for _, s := range []string{`f"{x}"`, `f"{x!r:>{w}}"`, "f'''{a}\n{b=}'''", `rf"\d{x}"`, `f"{"`, `f"{x!"`, `f"{x:{"`,
		"with a as b, c:\n  pass", "with (x:", "with a as", "with ():\n pass", "from m import (a,\n b,)", "import a.b as c; x = 1",
		`"a" f"{x}" b""`, `f"{x:{y:{z}}}"`, `f"{'a'!r}"`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		_, err := python.Parse("fuzz.py", src, 0)
		if err != nil && strings.Contains(err.Error(), "internal error") {
			t.Fatalf("%q: %v", src, err)
		}
		python.PromptNeeds(src)
	})
}

func TestFStringInnerErrors(t *testing.T) {
	_, err := python.Parse("t.py", "x = f'{a +}'\n", 0)
	if err == nil || !strings.HasPrefix(err.Error(), "t.py:1:") || !strings.Contains(err.Error(), ": f-string: ") {
		t.Errorf("got %v, want an f-string: error on line 1", err)
	}
}
