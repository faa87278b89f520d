// netrepl patch: resolution of Python's statements (FileOptions.Python).

package resolve_test

import (
	"fmt"
	"strings"
	"testing"

	"go.starlark.net/resolve"
	"go.starlark.net/syntax"
)

var pythonOptions = &syntax.FileOptions{Python: true, GlobalReassign: true, TopLevelControl: true, While: true}

// scopes resolves src and returns "name:scope" for every identifier the
// resolver bound, in order.
func scopes(t *testing.T, src string) (string, error) {
	t.Helper()
	f, err := pythonOptions.Parse("x.py", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := resolve.File(f, isPredeclared, isUniversal); err != nil {
		return "", err
	}
	var out []string
	syntax.Walk(f, func(n syntax.Node) bool {
		if id, ok := n.(*syntax.Ident); ok {
			if b, ok := id.Binding.(*resolve.Binding); ok {
				out = append(out, fmt.Sprintf("%s:%s", id.Name, b.Scope))
			}
		}
		return true
	})
	return strings.Join(out, " "), nil
}

func TestPythonStmtScopes(t *testing.T) {
	for _, test := range []struct{ src, want string }{
		// global: the function's x is the module's, even one first bound there
		{"def f():\n    global x\n    x = x + 1\n", "f:global x:global x:global x:global"},
		{"x = 0\ndef f():\n    global x\n    x += 1\n", "x:global f:global x:global x:global"},
		{"def f():\n    global y\n    def g():\n        return y\n", "f:global y:global g:local y:global"},
		// nonlocal: a store into the enclosing function's cell
		{"def f():\n    n = 0\n    def g():\n        nonlocal n\n        n += 1\n", "f:global n:cell g:local n:free"},
		{"def f():\n    def g():\n        nonlocal n\n        n = 1\n    n = 0\n", "f:global g:local n:free n:cell"},
		// del binds: a local in a function, a global at top level
		{"def f():\n    x = 1\n    del x\n", "f:global x:local x:local"},
		{"x = 1\ndel x\n", "x:global x:global"},
		// chained and starred targets
		{"a = b = 1\n", "a:global b:global"},
		{"a, *b = c = [1]\n", "a:global b:global c:global"},
		{"for a, *b in [[1]]:\n    pass\nelse:\n    c = a\n", "a:global b:global c:global a:global"},
		{"assert 1, 2\n", ""},
	} {
		got, err := scopes(t, test.src)
		if err != nil {
			t.Errorf("%q: %v", test.src, err)
		} else if got != test.want {
			t.Errorf("%q: got %s, want %s", test.src, got, test.want)
		}
	}
}

// CPython 3.11's SyntaxErrors, at CPython's line and column.
func TestPythonStmtErrors(t *testing.T) {
	for _, test := range []struct{ src, want string }{
		{"def f():\n    x\n    global x\n", "x.py:3:5: name 'x' is used prior to global declaration"},
		{"def f():\n    x = 1\n    global x\n", "x.py:3:5: name 'x' is assigned to before global declaration"},
		{"def f():\n    del x\n    global x\n", "x.py:3:5: name 'x' is assigned to before global declaration"},
		{"def f(x):\n    global x\n", "x.py:2:5: name 'x' is parameter and global"},
		{"def f(x):\n    nonlocal x\n", "x.py:2:5: name 'x' is parameter and nonlocal"},
		{"def f():\n    nonlocal x\n", "x.py:2:5: no binding for nonlocal 'x' found"},
		{"nonlocal x\n", "x.py:1:1: nonlocal declaration not allowed at module level"},
		{"x = 1\ndef f():\n    nonlocal x\n", "no binding for nonlocal 'x' found"},
		{"def f():\n    global x\n    def g():\n        nonlocal x\n", "no binding for nonlocal 'x' found"},
		{"def f():\n  x=1\n  def g():\n    global x\n    nonlocal x\n", "x.py:5:5: name 'x' is nonlocal and global"},
		{"def f():\n  x=1\n  def g():\n    x\n    nonlocal x\n", "x.py:5:5: name 'x' is used prior to nonlocal declaration"},
		{"a, *b, *c = 1, 2, 3\n", "x.py:1:1: multiple starred expressions in assignment"},
		{"[*a, *b] = 1, 2\n", "multiple starred expressions in assignment"},
		{"*a = [1]\n", "x.py:1:1: starred assignment target must be in a list or tuple"},
		{"for *a in []:\n    pass\n", "x.py:1:5: starred assignment target must be in a list or tuple"},
		{"x = *[1]\n", "x.py:1:5: can't use starred expression here"},
		{"del f()\n", "x.py:1:5: cannot delete function call"},
		{"del 1\n", "cannot delete literal"},
		{"del x + 1\n", "cannot delete expression"},
		{"del *a\n", "cannot delete starred"},
		{"del (a, f())\n", "cannot delete function call"},
		{"None = 1\n", "x.py:1:1: cannot assign to None"},
		{"x = 1\nTrue = x\n", "x.py:2:1: cannot assign to True"},
		{"a, None = 1, 2\n", "x.py:1:4: cannot assign to None"},
		{"for None in []:\n    pass\n", "x.py:1:5: cannot assign to None"},
		{"x = y = None = 1\n", "x.py:1:9: cannot assign to None"},
		{"[x for None in []]\n", "x.py:1:8: cannot assign to None"},
		{"None += 1\n", "x.py:1:1: 'None' is an illegal expression for augmented assignment"},
		{"del True\n", "x.py:1:5: cannot delete True"},
	} {
		_, err := scopes(t, test.src)
		if err == nil || !strings.Contains(err.Error(), test.want) {
			t.Errorf("%q: error %v, want %q", test.src, err, test.want)
		}
	}
}

// A module-level global x after a function's global x is a first binding,
// not a reassignment, even without GlobalReassign.
func TestPythonGlobalDeclaredFirst(t *testing.T) {
	f, err := (&syntax.FileOptions{Python: true}).Parse("x.py", "def f():\n    global x\n    x = 1\nx = 2\n", 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := resolve.File(f, isPredeclared, isUniversal); err != nil {
		t.Error(err)
	}
}
