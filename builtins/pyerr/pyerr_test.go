package pyerr

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"go.starlark.net/starlark"
)

func TestErrorText(t *testing.T) {
	e := &Error{Type: "ConnectionRefusedError", Errno: 111, Message: "[Errno 111] Connection refused", Op: "connecting to 127.0.0.1:9"}
	want := "ConnectionRefusedError: [Errno 111] Connection refused (connecting to 127.0.0.1:9)"
	if got := e.Error(); got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if got := KeyboardInterrupt().Error(); got != "KeyboardInterrupt" {
		t.Errorf("KeyboardInterrupt() = %q", got)
	}
}

func TestClassify(t *testing.T) {
	defer func(was bool) { starlark.PythonSemantics = was }(starlark.PythonSemantics)
	starlark.PythonSemantics = true // as netrepl runs: the interpreter's own Python errors
	run := func(src string) error {
		_, err := starlark.ExecFile(&starlark.Thread{}, "t.star", src, nil)
		if err == nil {
			t.Fatalf("%s: no error", src)
		}
		return err
	}
	for _, tc := range []struct{ src, typ, msg string }{
		{`fail("boom")`, "Error", "boom"},
		{`x = 1 // 0`, "ZeroDivisionError", ""},
		{`x = {}["k"]`, "KeyError", ""},
		{`x = [1][5]`, "IndexError", "list index out of range"},
		{`x = len(1)`, "TypeError", "object of type 'int' has no len()"},
		{`x = "a" + 1`, "TypeError", `can only concatenate str (not "int") to str`},
		{`x = 1 + "a"`, "TypeError", "unsupported operand type(s) for +: 'int' and 'str'"},
		{`x = -"a"`, "TypeError", "bad operand type for unary -: 'str'"},
		{`x = None()`, "TypeError", "'NoneType' object is not callable"},
		{`x = int("z")`, "ValueError", ""},
		{`x = (1).foo`, "AttributeError", "'int' object has no attribute 'foo'"},
		{`x = [1].remove(2)`, "ValueError", "list.remove(x): x not in list"},
		{`x = [1][1.5]`, "TypeError", ""},
	} {
		pe := Classify(run(tc.src))
		if pe.Type != tc.typ {
			t.Errorf("%s: type %q (message %q), want %q", tc.src, pe.Type, pe.Message, tc.typ)
		}
		if tc.msg != "" && pe.Message != tc.msg {
			t.Errorf("%s: message %q, want %q", tc.src, pe.Message, tc.msg)
		}
	}
}

func TestClassifyFindsWrapped(t *testing.T) {
	inner := &Error{Type: "struct.error", Message: "bad char in struct format"}
	wrapped := fmt.Errorf("pack: %w", inner)
	if got := Classify(wrapped); got != inner {
		t.Errorf("Classify(wrapped) = %v, want the inner error", got)
	}
	if errors.Unwrap(&Error{Err: inner}) != inner {
		t.Error("Unwrap does not return Err")
	}
}

func TestTraceback(t *testing.T) {
	dir := t.TempDir()
	path := dir + "/t.star"
	src := "def f():\n    return {}[\"k\"]\n\ndef g():\n    return f()\n\nx = g()\n"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := starlark.ExecFile(&starlark.Thread{}, path, nil, nil)
	if err == nil {
		t.Fatal("no error")
	}
	// CPython 3.11's marks (python3 on the same program)
	want := "Traceback (most recent call last):\n" +
		"  " + path + ":7:6: in <toplevel>\n    x = g()\n        ^^^\n" +
		"  " + path + ":5:13: in g\n    return f()\n           ^^^\n" +
		"  " + path + ":2:14: in f\n    return {}[\"k\"]\n           ~~^^^^^\n" +
		"KeyError: key \"k\" not in dict\n"
	if got := Traceback(err); got != want {
		t.Errorf("Traceback =\n%s\nwant\n%s", got, want)
	}
}

func TestTracebackOfBuiltinAndCancel(t *testing.T) {
	// The builtin's own frame (len) is not shown; the error still is.
	_, err := starlark.ExecFile(&starlark.Thread{}, "<string>", "len(1)", nil)
	got := Traceback(err)
	if strings.Contains(got, "<builtin>") || !strings.HasSuffix(got, "TypeError: len: value of type int has no len\n") {
		t.Errorf("Traceback = %q", got)
	}
	thread := &starlark.Thread{}
	thread.Cancel("KeyboardInterrupt")
	_, err = starlark.ExecFile(thread, "<string>", "x = 1", nil)
	if got := Traceback(err); !strings.HasSuffix(got, "\nKeyboardInterrupt\n") && got != "KeyboardInterrupt\n" {
		t.Errorf("Traceback of a cancelled thread = %q", got)
	}
}

// TestCaret: the marks under a traceback's line, as CPython 3.11's.
func TestCaret(t *testing.T) {
	for _, tc := range []struct {
		line string
		col  int
		want string
	}{
		{"x = g()", 6, "    x = g()\n        ^^^\n"},
		{"h(0)", 2, "    h(0)\n"}, // the whole line: no marks
		{"    return 1 // a", 14, "    return 1 // a\n           ~~^^~~\n"},
		{"    return a.upper().nosuch(1, 2) + 1", 21, "    return a.upper().nosuch(1, 2) + 1\n           ^^^^^^^^^^^^^^^^\n"},
		{"z = [1, h(\"x\")]", 10, "    z = [1, h(\"x\")]\n            ^^^^^^\n"},
		{"\tx = d[k]", 7, "    x = d[k]\n        ~^^^\n"},
		{"x = y", 5, "    x = y\n        ^\n"},
		{"print(nope)", 7, "    print(nope)\n          ^^^^\n"},
		{"nope", 1, "    nope\n"},
		{"x = y", 0, "    x = y\n"},
		{"", 1, ""},
	} {
		if got := Caret(tc.line, tc.col); got != tc.want {
			t.Errorf("Caret(%q, %d) =\n%q, want\n%q", tc.line, tc.col, got, tc.want)
		}
	}
	// a syntax error's caret may be just past the end of its line
	if got, want := SyntaxCaret("    y = x +", 12), "    y = x +\n           ^\n"; got != want {
		t.Errorf("SyntaxCaret = %q, want %q", got, want)
	}
}
