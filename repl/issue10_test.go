package repl

import (
	"strings"
	"testing"
)

// The defects of issue 10 that came from rewriting text before parsing:
// each chunk runs as the prompt runs it; CPython 3.11 gives the same
// output, errors and positions (its quotes and traceback layout aside).
func TestIssue10Frontend(t *testing.T) {
	for _, tc := range []struct {
		name   string
		chunks []string
		out    string
		errs   []string // each in stderr; none if empty
	}{
		// with (): ended the process with a Go panic; CPython raises
		// TypeError when it runs, and the session goes on.
		{"with ()", []string{"with ():\n    pass\n", "with ( ):\n    pass\n", "print('alive')"}, "alive\n",
			[]string{"TypeError: 'tuple' object does not support the context manager protocol"}},
		// A comment holding a bracket after an import swallowed the rest.
		{"import, comment with a bracket", []string{"import socket  # uses (tcp\nprint('after')\nfrom socket import AF_INET  # :(\nprint(AF_INET)\n"}, "after\n2\n", nil},
		{"from-import continued by backslash CRLF", []string{"from socket import AF_INET, \\\r\n    SOCK_STREAM\r\nprint(AF_INET, SOCK_STREAM)\r\n"}, "2 1\n", nil},
		{"import after ;", []string{"import socket; x = 1\nprint(x, socket.AF_INET)\n"}, "1 2\n", nil},
		{"import in if and def", []string{"if True: import struct as st\n", "def f():\n    from struct import pack\n    return pack('>H', 1)\n", "print(st.calcsize('>H'), f())"}, "2 b'\\x00\\x01'\n", nil},
		{"with items: parenthesized target, two lines", []string{
			"l, m = threading.Lock(), threading.RLock()\nwith l as (x), m as y:\n    print(x, y, l.locked())\nprint(l.locked())\nwith (l as\n      x):\n    print(x, l.locked())\nprint(l.locked())\n"},
			"True True True\nFalse\nTrue True\nFalse\n", nil},
		// Positions are the user's.
		{"error after an f-string", []string{"x = 1\ny = f\"{x}\" + nope\n"}, "",
			[]string{"<stdin>:2:14: in <toplevel>", "NameError: name 'nope' is not defined"}},
		{"error inside a triple-quoted f-string", []string{"x = 1\ns = f\"\"\"a\n{x}\n{nope}\n\"\"\"\n"}, "",
			[]string{"<stdin>:4:2: in <toplevel>", "NameError: name 'nope' is not defined"}},
		{"error in a with block", []string{"l = threading.Lock()\nwith l:\n    fail('in')\n", "print(l.locked())"}, "False\n",
			[]string{"<stdin>:3:9: in <toplevel>", "Error: in"}},
		{"with l as x y", []string{"l = threading.Lock()", "with l as x y:\n    pass\n"}, "",
			[]string{"<stdin>:1:13: SyntaxError: invalid syntax"}},
		// !a is Python's ascii().
		{"!a and %a", []string{"u = 'h\u00e9'\nprint(f'{u!a}', '%a' % u)\n"}, "'h\\xe9' 'h\\xe9'\n", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errs := run(t, tc.chunks...)
			if out != tc.out {
				t.Errorf("stdout %q, want %q", out, tc.out)
			}
			if len(tc.errs) == 0 && errs != "" {
				t.Errorf("stderr %q", errs)
			}
			for _, w := range tc.errs {
				if !strings.Contains(errs, w) {
					t.Errorf("stderr %q lacks %q", errs, w)
				}
			}
			if strings.Contains(errs, "lambda") || strings.Contains(errs, "want in") {
				t.Errorf("stderr shows rewritten text: %q", errs)
			}
		})
	}
}
