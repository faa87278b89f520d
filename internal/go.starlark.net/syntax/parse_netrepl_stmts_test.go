// netrepl patch: parse trees of Python's statements (FileOptions.Python).

package syntax_test

import (
	"strings"
	"testing"

	"go.starlark.net/syntax"
)

var pythonSyntax = &syntax.FileOptions{Python: true}

func TestPythonStmtParseTrees(t *testing.T) {
	for _, test := range []struct {
		input, want string
	}{
		{`a = b = 0`,
			`(AssignStmt Op== LHS=a RHS=0 More=(b))`},
		{`a, b = c = 1, 2`,
			`(AssignStmt Op== LHS=(TupleExpr List=(a b)) RHS=(TupleExpr List=(1 2)) More=(c))`},
		{`x[0] = y.f = z = v`,
			`(AssignStmt Op== LHS=(IndexExpr X=x Y=0) RHS=v More=((DotExpr X=y Name=f) z))`},
		{`first, *rest = parts`,
			`(AssignStmt Op== LHS=(TupleExpr List=(first (UnaryExpr Op=* X=rest))) RHS=parts)`},
		{`[a, *b] = c`,
			`(AssignStmt Op== LHS=(ListExpr List=(a (UnaryExpr Op=* X=b))) RHS=c)`},
		{`*a, = c`,
			`(AssignStmt Op== LHS=(TupleExpr List=((UnaryExpr Op=* X=a))) RHS=c)`},
		{`for a, *b in c: pass`,
			`(ForStmt Vars=(TupleExpr List=(a (UnaryExpr Op=* X=b))) X=c Body=((BranchStmt Token=pass)))`},
		{`assert x`,
			`(AssertStmt Cond=x)`},
		{`assert x == 1, "msg"`,
			`(AssertStmt Cond=(BinaryExpr X=x Op=== Y=1) Msg="msg")`},
		{`assert(x)`,
			`(AssertStmt Cond=(ParenExpr X=x))`},
		{`assert not x`,
			`(AssertStmt Cond=(UnaryExpr Op=not X=x))`},
		// assert is a name before '.', '=', ',' or the statement's end
		{`assert.eq(1, 1)`,
			`(ExprStmt X=(CallExpr Fn=(DotExpr X=assert Name=eq) Args=(1 1)))`},
		{`assert = 1`,
			`(AssignStmt Op== LHS=assert RHS=1)`},
		{`assert += 1`,
			`(AssignStmt Op=+= LHS=assert RHS=1)`},
		{`assert, b = 1, 2`,
			`(AssignStmt Op== LHS=(TupleExpr List=(assert b)) RHS=(TupleExpr List=(1 2)))`},
		{`global a`,
			`(GlobalStmt Token=global Names=(a))`},
		{`nonlocal a, b`,
			`(GlobalStmt Token=nonlocal Names=(a b))`},
		{`del x`,
			`(DelStmt Targets=(x))`},
		{`del a, b[0], c.d, e[1:2],`,
			`(DelStmt Targets=(a (IndexExpr X=b Y=0) (DotExpr X=c Name=d) (SliceExpr X=e Lo=1 Hi=2)))`},
		{`del (a, b)`,
			`(DelStmt Targets=((ParenExpr X=(TupleExpr List=(a b)))))`},
		{"for x in y: pass\nelse: pass",
			`(ForStmt Vars=x X=y Body=((BranchStmt Token=pass)) Else=((BranchStmt Token=pass)))`},
		{"while x:\n  pass\nelse:\n  f()",
			`(WhileStmt Cond=x Body=((BranchStmt Token=pass)) Else=((ExprStmt X=(CallExpr Fn=f))))`},
		{"if a:\n  for x in y:\n    pass\nelse:\n  pass",
			`(IfStmt Cond=a True=((ForStmt Vars=x X=y Body=((BranchStmt Token=pass)))) False=((BranchStmt Token=pass)))`},
		{`x = 1,`,
			`(AssignStmt Op== LHS=x RHS=(TupleExpr List=(1)))`},
	} {
		f, err := pythonSyntax.Parse("foo.py", test.input, 0)
		if err != nil {
			t.Errorf("parse `%s` failed: %v", test.input, stripPos(err))
			continue
		}
		if got := treeString(f.Stmts[0]); test.want != got {
			t.Errorf("parse `%s` = %s, want %s", test.input, got, test.want)
		}
	}
}

func TestPythonAssertAlone(t *testing.T) {
	// CPython 3.11's errors (netrepl_errors.go words them)
	for src, want := range map[string]string{
		"assert":       "foo.py:1:7: invalid syntax",
		"assert\n":     "foo.py:1:7: invalid syntax",
		"assert # c\n": "foo.py:1:8: invalid syntax",
		"assert;":      "foo.py:1:7: invalid syntax",
	} {
		if _, err := pythonSyntax.Parse("foo.py", src, 0); err == nil || err.Error() != want {
			t.Errorf("parse %q: %v, want %s", src, err, want)
		}
	}
}

// Without FileOptions.Python, the statements stay Starlark's.
func TestPythonStmtsNeedOption(t *testing.T) {
	for _, test := range []struct{ input, want string }{
		{`a = b = 0`, `got '=', want newline`},
		{`a, *b = c`, `got '*', want primary expression`},
		{`global a`, `got global, want primary expression`},
		{`del a`, `got del, want primary expression`},
		{`assert x`, `got identifier, want newline`},
		{"for x in y: pass\nelse: pass", `got else, want primary expression`},
		{`x = 1,`, `unparenthesized tuple with trailing comma`},
	} {
		_, err := syntax.LegacyFileOptions().Parse("foo.star", test.input, 0)
		if err == nil || !strings.Contains(err.Error(), test.want) {
			t.Errorf("parse `%s` = %v, want error %q", test.input, err, test.want)
		}
	}
}

func TestPythonStmtWalk(t *testing.T) {
	const src = `
a = b = c
del d, e[f]
assert g, h
for i in j:
    global k
else:
    l()
while m:
    pass
else:
    n()
`
	f, err := pythonSyntax.Parse("walk.py", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	syntax.Walk(f, func(n syntax.Node) bool {
		if id, ok := n.(*syntax.Ident); ok {
			names = append(names, id.Name)
		}
		return true
	})
	if got, want := strings.Join(names, " "), "a b c d e f g h i j k l m n"; got != want {
		t.Errorf("Walk visited %s, want %s", got, want)
	}
}
