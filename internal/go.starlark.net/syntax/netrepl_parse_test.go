// netrepl patch: parse trees and errors of Python's expression syntax.

package syntax_test

import (
	"fmt"
	"testing"

	"go.starlark.net/syntax"
)

var pythonOpts = &syntax.FileOptions{Python: true}

func TestPythonExprParseTrees(t *testing.T) {
	for _, test := range []struct {
		input, want string
	}{
		{`-2 ** 2`, `(UnaryExpr Op=- X=(BinaryExpr X=2 Op=** Y=2))`},
		{`2 ** -1`, `(BinaryExpr X=2 Op=** Y=(UnaryExpr Op=- X=1))`},
		{`2 ** 3 ** 2`, `(BinaryExpr X=2 Op=** Y=(BinaryExpr X=3 Op=** Y=2))`},
		{`a * b ** c`, `(BinaryExpr X=a Op=* Y=(BinaryExpr X=b Op=** Y=c))`},
		{`x.y[0] ** f(1)`, `(BinaryExpr X=(IndexExpr X=(DotExpr X=x Name=y) Y=0) Op=** Y=(CallExpr Fn=f Args=(1)))`},
		{`f(**k)`, `(CallExpr Fn=f Args=((UnaryExpr Op=** X=k)))`},
		{`x is None`, `(BinaryExpr X=x Op=is Y=None)`},
		{`x is not None`, `(BinaryExpr X=x Op=is not Y=None)`},
		{`not x is None`, `(UnaryExpr Op=not X=(BinaryExpr X=x Op=is Y=None))`},
		{`a < b < c`, `(BinaryExpr X=(BinaryExpr X=a Op=< Y=b) Op=< Y=c)`},
		{`(a < b) < c`, `(BinaryExpr X=(ParenExpr X=(BinaryExpr X=a Op=< Y=b)) Op=< Y=c)`},
		{`a == b in c is not d`, `(BinaryExpr X=(BinaryExpr X=(BinaryExpr X=a Op=== Y=b) Op=in Y=c) Op=is not Y=d)`},
		{`{1, 2}`, `(SetExpr List=(1 2))`},
		{`{1,}`, `(SetExpr List=(1))`},
		{`{x for x in y}`, `(Comprehension Curly Body=x Clauses=((ForClause Vars=x X=y)))`},
		{`{k: v for k in y}`, `(Comprehension Curly Body=(DictEntry Key=k Value=v) Clauses=((ForClause Vars=k X=y)))`},
		{`{}`, `(DictExpr)`},
		{`{1: 2, 3: 4,}`, `(DictExpr List=((DictEntry Key=1 Value=2) (DictEntry Key=3 Value=4)))`},
		{`(x for x in y)`, `(Comprehension Body=x Clauses=((ForClause Vars=x X=y)))`},
		{`f(x for x in y if x)`, `(CallExpr Fn=f Args=((Comprehension Body=x Clauses=((ForClause Vars=x X=y) (IfClause Cond=x)))))`},
		{`(1, 2)`, `(ParenExpr X=(TupleExpr List=(1 2)))`},
		{`(1)`, `(ParenExpr X=1)`},
		{`f(*a, c, k=1, *b, **d, **e)`, `(CallExpr Fn=f Args=((UnaryExpr Op=* X=a) c (BinaryExpr X=k Op== Y=1) (UnaryExpr Op=* X=b) (UnaryExpr Op=** X=d) (UnaryExpr Op=** X=e)))`},
		{`f(*a, k=1, c)`, `positional argument follows keyword argument`},
		{`f(**k, *a)`, `iterable argument unpacking follows keyword argument unpacking`},
		{`f(a=1, a=2)`, `keyword argument repeated: a`},
		{`"a" 'b' u"c"`, `"abc"`},
		{`b"a" rb"\x"`, `b"a\\x"`},
		{`1_000`, `1000`},
		{`0x_ff`, `255`},
		{`f(x for x in y, 1)`, `Generator expression must be parenthesized`},
		{`f(1, x for x in y)`, `Generator expression must be parenthesized`},
		{`b"a" "b"`, `cannot mix bytes and nonbytes literals`},
		{`1__0`, `invalid decimal literal`},
		{`(x := 1)`, `(ParenExpr X=(BinaryExpr X=x Op=:= Y=1))`},
		{`f(x := 1, y)`, `(CallExpr Fn=f Args=((BinaryExpr X=x Op=:= Y=1) y))`},
		{`[x := 1, *y]`, `(ListExpr List=((BinaryExpr X=x Op=:= Y=1) (UnaryExpr Op=* X=y)))`},
		{`(a.b := 1)`, `cannot use assignment expressions with this expression: assign to a name`},
	} {
		e, err := pythonOpts.ParseExpr("foo.py", test.input, 0)
		var got string
		if err != nil {
			got = stripPos(err)
		} else {
			got = treeString(e)
		}
		if test.want != got {
			t.Errorf("parse `%s` = %s, want %s", test.input, got, test.want)
		}
	}
}

// TestPythonSyntaxIsOptional: without FileOptions.Python the language
// is upstream's.
func TestPythonSyntaxIsOptional(t *testing.T) {
	for _, input := range []string{
		`2 ** 3`, `x is None`, `a < b < c`, `{1, 2}`, `(x for x in y)`,
		`f(x for x in y)`, `"a" "b"`, `u"a"`, `1_000`, `f(*a, k=1)`,
	} {
		if _, err := syntax.LegacyFileOptions().ParseExpr("foo.star", input, 0); err == nil {
			if input == `f(*a, k=1)` {
				continue // a resolver error in Starlark
			}
			t.Errorf("Starlark parsed `%s`", input)
		}
	}
	if _, err := syntax.LegacyFileOptions().Parse("foo.star", "x **= 2\n", 0); err == nil {
		t.Errorf("Starlark parsed x **= 2")
	}
}

func TestPythonSpans(t *testing.T) {
	for _, test := range []struct {
		input      string
		start, end string
	}{
		{"\"a\" \\\n  'bc'", "foo.py:1:1", "foo.py:2:7"},
		{"{1, 2}", "foo.py:1:1", "foo.py:1:7"},
		{"2 ** 3", "foo.py:1:1", "foo.py:1:7"},
	} {
		e, err := pythonOpts.ParseExpr("foo.py", test.input, 0)
		if err != nil {
			t.Fatal(err)
		}
		start, end := e.Span()
		if start.String() != test.start || end.String() != test.end {
			t.Errorf("span of %q = %s-%s, want %s-%s", test.input, start, end, test.start, test.end)
		}
	}
}

func TestPythonWalk(t *testing.T) {
	e, err := pythonOpts.ParseExpr("foo.py", "{a, b ** c, (d for d in e)}", 0)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	syntax.Walk(e, func(n syntax.Node) bool {
		if id, ok := n.(*syntax.Ident); ok {
			names = append(names, id.Name)
		}
		return true
	})
	if got := fmt.Sprint(names); got != "[a b c d d e]" {
		t.Errorf("Walk visited %s", got)
	}
}
