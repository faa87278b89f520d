package repl

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"go.starlark.net/starlark"

	"netrepl/builtins/rt"
)

// run executes each chunk as the prompt would and returns stdout and the
// formatted errors.
func run(t *testing.T, chunks ...string) (string, string) {
	t.Helper()
	var out, errs bytes.Buffer
	s := New(&out, &errs, nil)
	defer s.Close()
	for _, c := range chunks {
		if err := s.Exec("<stdin>", []byte(c), EchoAll); err != nil {
			errs.WriteString(s.FormatError(err))
		}
	}
	return out.String(), errs.String()
}

func TestGlobalsAreLive(t *testing.T) {
	for _, tc := range []struct {
		name   string
		chunks []string
		want   string
	}{
		{"reassign after def", []string{"x = 1", "def f(): return x", "x = 2", "f()"}, "2\n"},
		{"same chunk loop", []string{"def f(): return x", "for i in range(3):\n    x = i\n    print(f())"}, "0\n1\n2\n"},
		{"def redefined", []string{"def g(): return 1", "def f(): return g()", "def g(): return 2", "f()"}, "2\n"},
		{"augmented", []string{"n = 1", "n += 41", "n"}, "42\n"},
		{"tuple target", []string{"a, b = 1, 2", "(a, b)"}, "(1, 2)\n"},
		{"list append via global", []string{"L = []", "def add(v): L.append(v)", "add(1)", "add(2)", "L"}, "[1, 2]\n"},
		{"underscore", []string{"6 * 7", "_ + 1"}, "42\n43\n"},
		{"None not echoed", []string{"None", "print('x')"}, "x\n"},
		{"shadow builtin", []string{"len = 3", "len"}, "3\n"},
		{"recursion", []string{"def fact(n): return 1 if n < 2 else n * fact(n - 1)", "fact(10)"}, "3628800\n"},
		{"lambda and comprehension", []string{"k = 10", "h = lambda v: v + k", "[h(i) for i in range(2)]", "k = 20", "h(0)"}, "[10, 11]\n20\n"},
		{"keyword arg name not rewritten", []string{"sep = '-'", "def j(a, sep=','): return sep.join(a)", "j(['a', 'b'], sep=sep)"}, "'a-b'\n"},
		{"default value sees global", []string{"d = 5", "def f(v=d): return v", "f()"}, "5\n"},
		{"while and if at top level", []string{"i = 0", "while i < 3:\n    i += 1\n    if i == 2:\n        break", "i"}, "2\n"},
		{"forward reference", []string{"def a(): return b()", "def b(): return 'b'", "a()"}, "'b'\n"},
		{"import of a netrepl module is a no-op", []string{"import socket", "import struct, binascii  # as in the notebook", "def f():\n    import time\n    return time.time() > 0", "f()", "struct.calcsize('i')"}, "True\n4\n"},
		{"from-imports that rebind the module's name; imports in a function; text in a string", []string{
			"from socket import *", "from time import time", "from time import sleep", "import socket",
			"def f():\n    from socket import socket\n    return socket", "t = '''\nimport socket as s\n'''",
			"socket.AF_INET == AF_INET, str(f()), type(time), type(sleep), t.strip()"},
			"(True, \"<class 'socket.socket'>\", <class 'builtin_function_or_method'>, <class 'builtin_function_or_method'>, 'import socket as s')\n"},
		{"parenthesized and continued imports keep line numbers", []string{
			"from socket import (AF_INET,\n    SOCK_STREAM,  # tcp\n)\nimport struct, \\\n    binascii\nx = AF_INET + SOCK_STREAM + struct.calcsize('i')",
			"x, __name__"},
			"(7, '__main__')\n"},
		{"import as, from import, from import *", []string{"import socket as sk, struct", "from socket import AF_INET, SOCK_STREAM as STREAM  # c", "from binascii import *", "sk.AF_INET == AF_INET, STREAM, hexlify(b'a'), crc32(b'a')"}, "(True, 1, b'61', 3904355907)\n"},
		{"def inside if", []string{"if True:\n    def f(): return 7", "f()"}, "7\n"},
		// Python's expressions, with globals inside each new form (the
		// rewrite to __ns__ must reach them)
		{"power", []string{"n = 2", "n ** 8, -n ** 2, n ** -1, 2 ** 3 ** 2", "n **= 3", "n"}, "(256, -4, 0.5, 512)\n8\n"},
		{"is", []string{"x = None", "l = []", "x is None, x is not None, not x is None, l is l, l is not []"}, "(True, False, False, True, True)\n"},
		{"chained comparison", []string{"port = 80", "0 < port < 65536, 0 < port < 10, port == 80 == port"}, "(True, False, True)\n"},
		{"set display", []string{"a = 1", "def f(): return {a, a + 1}", "2 in {a, 2}, f() == {1, 2}, {x for x in [a, a]} == {1}"}, "(True, True, True)\n"},
		{"generator expressions", []string{"ports = [80, 443]", "k = 1", `", ".join(str(p + k) for p in ports)`, "sum(p for p in ports), any(p > k for p in ports), list((p * k for p in ports))"}, "'81, 444'\n(523, True, [80, 443])\n"},
		{"call arguments", []string{"a = [1, 2]", "kw = {'sep': '-'}", "print(*a, 3, *a, **kw)"}, "1-2-3-1-2\n"},
		{"walrus", []string{"data = [2, 1, 0]", "while (n := data.pop(0)):\n    print(n)", "n", "def f(): return (k := len(data)) + k", "f(), [y for x in [1, 2] if (y := x + n) > 1]"}, "2\n1\n0\n(0, [2])\n"},
		{"literals", []string{"1_000 + 0x_10", `u"a" "b" 'c'`, `b"a" b"b"`, "..."}, "1016\n'abc'\nb'ab'\nEllipsis\n"},
		// What python3's prompt prints (its dir() also lists __builtins__,
		// __doc__ and the like, which netrepl has not).
		{"dir() and globals()", []string{"x = 1", "def f(): pass", "dir()", "sorted(globals().keys())", "globals()['x']", "type(globals())", "dir(b'')[:0]"},
			"['__name__', 'f', 'x']\n['__name__', 'f', 'x']\n1\n<class 'dict'>\n[]\n"},
		{"globals() is live", []string{"g = globals()", "g['made'] = 5", "made", "x = 1", "'x' in g, g['x']", "g.update(y=2)", "y, g.pop('y'), 'y' in globals()", "del g['x']", "'x' in g"},
			"5\n(True, 1)\n(2, 2, False)\nFalse\n"},
		{"exit and quit typed alone", []string{"exit", "quit", "[exit]"},
			"Use exit() or Ctrl-D (i.e. EOF) to exit\nUse quit() or Ctrl-D (i.e. EOF) to exit\n[Use exit() or Ctrl-D (i.e. EOF) to exit]\n"},
		{"% with a format held in a variable", []string{"fmt = '%-5s|%5.1f'", "fmt % ('ab', 2.25)", "b'%d:%s' % (7, b'x')"}, "'ab   |  2.2'\nb'7:x'\n"},
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

func TestChunkErrors(t *testing.T) {
	for _, tc := range []struct {
		chunks []string
		want   []string
	}{
		{[]string{"nosuch + 1"}, []string{"<stdin>:1:1: in <toplevel>", "NameError: name 'nosuch' is not defined"}},
		{[]string{"def f(): return later", "f()"}, []string{"in f", "NameError: name 'later' is not defined"}},
		{[]string{"x = (1,"}, []string{"<stdin>:1:5: SyntaxError: '(' was never closed", "    x = (1,\n        ^\n"}},
		{[]string{"if x:\n\ty = 1\n        z = 2"}, []string{"<stdin>:3:1: TabError: inconsistent use of tabs and spaces in indentation"}},
		{[]string{"x = 1\n  y = 2"}, []string{"<stdin>:2:2: IndentationError: unexpected indent"}},
		{[]string{"return 1"}, []string{"<stdin>:1:1: SyntaxError: 'return' outside function"}},
		{[]string{`fail("boom")`}, []string{"Traceback (most recent call last):", "<stdin>:1:5: in <toplevel>", "Error: boom"}},
		{[]string{"def f(): return 1 // 0", "f()"}, []string{"<stdin>:1:19: in f", "ZeroDivisionError: integer division or modulo by zero"}},
		{[]string{"print(y)\ny = 1"}, []string{"NameError: name 'y' is not defined"}},
		{[]string{"0 ** -1"}, []string{"ZeroDivisionError: 0.0 cannot be raised to a negative power"}},
		{[]string{"f(x for x in [1], 2)"}, []string{"SyntaxError: Generator expression must be parenthesized"}},
		{[]string{"def f(**k): pass", "f(**{'a': 1}, a=2)"}, []string{"TypeError: f() got multiple values for keyword argument 'a'"}},
		{[]string{"time.sleep?"}, []string{"<stdin>:1:11: SyntaxError: invalid syntax", "hint: name? is help at the prompt"}},
		{[]string{"try:\n    {}['a']\nexcept IndexError:\n    pass"}, []string{"<stdin>:2:7: in <toplevel>", "KeyError: 'a'"}},
		{[]string{"try:\n    1 // 0\nexcept ValueError:\n    pass\nfinally:\n    print('f')"}, []string{"ZeroDivisionError"}},
		{[]string{"class A:\n    def f(self): return nosuch", "A().f()"}, []string{"NameError: name 'nosuch' is not defined"}},
		{[]string{"import os"}, []string{"<stdin>:1:1: in <toplevel>", "ModuleNotFoundError: No module named 'os'"}},
		{[]string{"import socket, nosuchmodule"}, []string{"ModuleNotFoundError: No module named 'nosuchmodule'"}},
		{[]string{"from os import path"}, []string{"ModuleNotFoundError: No module named 'os'"}},
		{[]string{"import socket.x"}, []string{"ModuleNotFoundError: No module named 'socket.x'; 'socket' is not a package"}},
		{[]string{"from socket import AF_INET, nope"}, []string{"<stdin>:1:1: in <toplevel>", "ImportError: cannot import name 'nope' from 'socket' (unknown location)"}},
		{[]string{"def f():\n    from socket import *"}, []string{"SyntaxError: import * only allowed at module level"}},
		{[]string{"bytes.fromhex('a z')"}, []string{"ValueError: non-hexadecimal number found in fromhex() arg at position 1"}},
		{[]string{"b'ab'[2]"}, []string{"IndexError: index out of range"}},
		{[]string{"fmt = '%5y'", "fmt % 1"}, []string{"ValueError: unsupported format character 'y' (0x79) at index 2"}},
		// a function defined at the prompt shows its line, from its chunk
		{[]string{"def f(d):\n    return 1 // d", "x = 1", "f(0)"}, []string{"Traceback (most recent call last):\n  <stdin>:1:2: in <toplevel>\n    f(0)\n  <stdin>:2:14: in f\n    return 1 // d\n           ~~^^~~\nZeroDivisionError"}},
		{[]string{"def g():\n    return h()", "def h():\n    x = 1\n    return {}[x]", "y = [g()]"}, []string{"<stdin>:1:7: in <toplevel>\n    y = [g()]\n         ^^^\n  <stdin>:2:13: in g\n    return h()\n           ^^^\n  <stdin>:3:14: in h\n    return {}[x]\n           ~~^^^\nKeyError"}},
		{[]string{"b'a'.nosuch()"}, []string{"AttributeError: 'bytes' object has no attribute 'nosuch'"}},
		{[]string{"time.slep"}, []string{"AttributeError: module 'time' has no attribute 'slep'. Did you mean: 'sleep'?"}},
		{[]string{"{}.has_key(1)"}, []string{"AttributeError: 'dict' object has no attribute 'has_key'"}},
		{[]string{"def f(a, b):\n    return a", "f(1)"}, []string{"TypeError: f() missing 1 required positional argument: 'b'"}},
	} {
		_, errs := run(t, tc.chunks...)
		for _, w := range tc.want {
			if !strings.Contains(errs, w) {
				t.Errorf("%q: stderr %q lacks %q", tc.chunks, errs, w)
			}
		}
	}
}

func TestErrorKeepsSession(t *testing.T) {
	out, errs := run(t, "x = 5", "fail('no')", "x")
	if out != "5\n" || !strings.Contains(errs, "Error: no") {
		t.Errorf("out %q errs %q", out, errs)
	}
}

// A function running on another thread (a server handler) reads a global
// while the prompt reassigns it: the values it sees are ones the prompt
// wrote, and the race detector finds nothing.
func TestGlobalsRaceFree(t *testing.T) {
	var out, errs bytes.Buffer
	s := New(&out, &errs, nil)
	defer s.Close()
	for _, c := range []string{"x = 0", "def get(): return x"} {
		if err := s.Exec("<stdin>", []byte(c), EchoNone); err != nil {
			t.Fatal(err)
		}
	}
	get := s.Globals.Get("get")
	done := make(chan error)
	th := rt.NewThread(s.Thread(), "reader") // on the parent's goroutine, as threading does
	go func() {
		for i := 0; i < 2000; i++ {
			v, err := starlark.Call(th, get, nil, nil)
			if err != nil {
				done <- err
				return
			}
			if n, err := starlark.AsInt32(v); err != nil || n < 0 || n > 500 {
				done <- fmt.Errorf("get() = %v", v)
				return
			}
		}
		done <- nil
	}()
	for i := 1; i <= 500; i++ {
		if err := s.Exec("<stdin>", []byte(fmt.Sprintf("x = %d", i)), EchoNone); err != nil {
			t.Fatal(err)
		}
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if err := s.Exec("<stdin>", []byte("print(get())"), EchoNone); err != nil || out.String() != "500\n" {
		t.Errorf("get() after the loop: %q, %v", out.String(), err)
	}
}
