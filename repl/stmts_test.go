package repl

import (
	"strings"
	"testing"
)

// Python's statements at the prompt (global, nonlocal, del, assert,
// chained and starred assignment, loop else), each chunk as typed; the
// expected output is CPython 3.11's, in netrepl's repr.
func TestPythonStatements(t *testing.T) {
	for _, tc := range []struct {
		name   string
		chunks []string
		want   string
	}{
		{"global updates the prompt's global", []string{"count = 0", "def inc():\n    global count\n    count += 1", "inc()", "inc()", "count"}, "2\n"},
		{"global = in one chunk", []string{"count = 0\ndef inc():\n    global count\n    count = count + 1\n\ninc()\ninc()\nprint(count)"}, "2\n"},
		{"global first bound in a function, seen by others", []string{"def setg():\n    global g\n    g = 'set'", "def getg(): return g", "setg()", "getg(), g"}, "('set', 'set')\n"},
		{"global seen by a function defined earlier", []string{"def show(): return n", "def setn(v):\n    global n\n    n = v", "setn(1)", "show()", "setn(2)", "show()"}, "1\n2\n"},
		{"global of a builtin reads the builtin", []string{"def f(s):\n    global len\n    return len(s)", "f('abc')"}, "3\n"},
		{"a deleted global that shadowed a builtin", []string{"len = 3", "def f(): return len('ab')", "del len", "f()"}, "2\n"},
		{"global shadowing a builtin", []string{"def f():\n    global len\n    len = 5", "f()", "len", "del len", "len('ab')"}, "5\n2\n"},
		{"global from threads", []string{
			"hits = 0\nlock = threading.Lock()",
			"def worker(n):\n    global hits\n    for i in range(n):\n        with lock:\n            hits += 1",
			"ts = [threading.Thread(target=worker, args=(500,)) for _ in range(4)]",
			"for t in ts: t.start()",
			"for t in ts: t.join()",
			"hits"}, "2000\n"},
		{"nonlocal", []string{"def counter():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc", "c = counter()", "c()", "c()"}, "1\n2\n"},
		{"del of a global", []string{"x = 1", "def f(): return x", "del x", "catch(f).error.type", "x = 2", "f()"}, "'NameError'\n2\n"},
		{"del in a function of a global", []string{"g = 1", "def f():\n    global g\n    del g", "f()", "catch(lambda: g).error.message", "g = 2", "g"}, "\"name 'g' is not defined\"\n2\n"},
		{"del items", []string{"d = {'a': 1, 'b': 2}", "xs = [1, 2, 3, 4]", "del d['a'], xs[0], xs[1:]", "d, xs"}, "({'b': 2}, [2])\n"},
		{"chained assignment", []string{"a = b = []", "a.append(1)", "b", "p, q = r = 1, 2", "p, q, r"}, "[1]\n(1, 2, (1, 2))\n"},
		{"starred targets", []string{"first, *rest = 'GET / HTTP/1.1'.split()", "first, rest", "for h, *t in [[1, 2], [3]]: print(h, t)"}, "('GET', ['/', 'HTTP/1.1'])\n1 [2]\n3 []\n"},
		{"assert passes", []string{"assert 1 + 1 == 2, 'math'", "n = 3", "assert n"}, ""},
		{"for else and while else", []string{"for i in range(3):\n    pass\nelse:\n    print('done', i)", "while False:\n    pass\nelse:\n    print('w')"}, "done 2\nw\n"},
		{"with in a loop's else, break to the outer loop", []string{"lock = threading.Lock()", "for j in range(3):\n    for i in []:\n        pass\n    else:\n        with lock:\n            if j == 1:\n                break", "j, lock.locked()"}, "(1, False)\n"},
		{"if on one line with ;", []string{"if True: a = 1; print(a); print(2)"}, "1\n2\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errs := run(t, tc.chunks...)
			if errs != "" {
				t.Fatalf("errors: %s", errs)
			}
			if out != tc.want {
				t.Errorf("stdout = %q, want %q", out, tc.want)
			}
		})
	}
}

func TestPythonStatementErrors(t *testing.T) {
	for _, tc := range []struct {
		chunks []string
		want   []string
	}{
		{[]string{"x = 1", "del x", "x"}, []string{"<stdin>:1:1: in <toplevel>", "NameError: name 'x' is not defined"}},
		{[]string{"x = 1", "del x", "def f(): return x", "f()"}, []string{"in f", "NameError: name 'x' is not defined"}},
		{[]string{"del nope"}, []string{"NameError: name 'nope' is not defined"}},
		{[]string{"def f():\n    y = z\n    z = 1", "f()"}, []string{"<stdin>:2:9: in f", "UnboundLocalError: cannot access local variable 'z' where it is not associated with a value"}},
		{[]string{"def f():\n    global never\n    return never", "f()"}, []string{"NameError: name 'never' is not defined"}},
		{[]string{"assert 1 == 2"}, []string{"<stdin>:1:8: in <toplevel>", "\nAssertionError\n"}},
		{[]string{"assert 1 == 2, 'boom %d' % 3"}, []string{"AssertionError: boom 3"}},
		{[]string{"a, *b, c = [1]"}, []string{"ValueError: not enough values to unpack (expected at least 2, got 1)"}},
		{[]string{"a, b = 1, 2, 3"}, []string{"ValueError: too many values to unpack (expected 2)"}},
		{[]string{"a, *b, *c = [1]"}, []string{"SyntaxError: multiple starred expressions in assignment"}},
		{[]string{"d = {}", "del d['k']"}, []string{"KeyError: 'k'"}},
		{[]string{"xs = []", "del xs[0]"}, []string{"IndexError: list assignment index out of range"}},
		{[]string{"nonlocal x"}, []string{"<stdin>:1:1: SyntaxError: nonlocal declaration not allowed at module level"}},
		{[]string{"def f():\n    nonlocal x"}, []string{"SyntaxError: no binding for nonlocal 'x' found"}},
		{[]string{"def f():\n    x\n    global x"}, []string{"<stdin>:3:5: SyntaxError: name 'x' is used prior to global declaration"}},
		{[]string{"def f():\n    x = 1\n    global x"}, []string{"SyntaxError: name 'x' is assigned to before global declaration"}},
	} {
		_, errs := run(t, tc.chunks...)
		for _, w := range tc.want {
			if !strings.Contains(errs, w) {
				t.Errorf("%q: stderr %q lacks %q", tc.chunks, errs, w)
			}
		}
		if strings.Contains(errs, "hint:") {
			t.Errorf("%q: a hint: %q", tc.chunks, errs)
		}
	}
}
