// netrepl patch: with and import statements (syntax.FileOptions.Python).

package starlark_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"
)

// logCM is a context manager that logs its enter and exit.
type logCM struct {
	name string
	log  *[]string
}

func (c *logCM) String() string        { return c.name }
func (c *logCM) Type() string          { return "cm" }
func (c *logCM) Freeze()               {}
func (c *logCM) Truth() starlark.Bool  { return true }
func (c *logCM) Hash() (uint32, error) { return 0, nil }
func (c *logCM) Enter(*starlark.Thread) (starlark.Value, error) {
	*c.log = append(*c.log, "enter "+c.name)
	return starlark.String(c.name + "!"), nil
}
func (c *logCM) Exit(_ *starlark.Thread, exc error) error {
	s := "exit " + c.name
	if exc != nil {
		s += " (error)"
	}
	*c.log = append(*c.log, s)
	if c.name == "badexit" {
		return errors.New("exit failed")
	}
	return nil
}

func runPython(t *testing.T, src string, log *[]string) (string, error) {
	t.Helper()
	var out strings.Builder
	thread := &starlark.Thread{
		Print: func(_ *starlark.Thread, msg string) { out.WriteString(msg + "\n") },
		Import: func(_ *starlark.Thread, module string) (starlark.Value, error) {
			if module == "m" {
				return &starlarkstruct.Module{Name: "m", Members: starlark.StringDict{"a": starlark.MakeInt(1), "b": starlark.MakeInt(2)}}, nil
			}
			return nil, &starlark.PyError{Type: "ModuleNotFoundError", Msg: fmt.Sprintf("No module named '%s'", module)}
		},
	}
	predeclared := starlark.StringDict{
		"cm": starlark.NewBuiltin("cm", func(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
			s, _ := starlark.AsString(args[0])
			return &logCM{name: s, log: log}, nil
		}),
	}
	_, err := starlark.ExecFileOptions(pythonOptions, thread, "t.py", src, predeclared)
	return out.String(), err
}

func TestWithStatement(t *testing.T) {
	for _, tc := range []struct{ src, out, log, err string }{
		{"with cm('a') as x, cm('b'):\n  print(x)\n", "a!\n", "enter a,enter b,exit b,exit a", ""},
		{"for i in range(3):\n  with cm('a'):\n    if i == 1:\n      continue\n    if i == 2:\n      break\n    print(i)\n", "0\n",
			"enter a,exit a,enter a,exit a,enter a,exit a", ""},
		{"def f():\n  with cm('a'), cm('b'):\n    return 1\nprint(f())\n", "1\n", "enter a,enter b,exit b,exit a", ""},
		{"def f():\n  with cm('a'):\n    with cm('b'):\n      1 // 0\nf()\n", "", "enter a,enter b,exit b (error),exit a (error)", "division by zero"},
		{"with cm('a'), 1:\n  pass\n", "", "enter a,exit a (error)", "TypeError: 'int' object does not support the context manager protocol"},
		{"with cm('badexit'):\n  pass\nprint('not here')\n", "", "enter badexit,exit badexit", "exit failed"},
		{"d = {}\nwith cm('a') as d['k']:\n  pass\nprint(d)\n", "{\"k\": \"a!\"}\n", "enter a,exit a", ""},
		{"while True:\n  with cm('a'):\n    with cm('b'):\n      break\n", "", "enter a,enter b,exit b,exit a", ""},
	} {
		var log []string
		out, err := runPython(t, tc.src, &log)
		gotErr := ""
		if err != nil {
			gotErr = err.Error()
		}
		if out != tc.out || strings.Join(log, ",") != tc.log || !strings.Contains(gotErr, tc.err) || (tc.err == "") != (err == nil) {
			t.Errorf("%q:\nout %q, log %q, err %v\nwant %q, %q, %q", tc.src, out, strings.Join(log, ","), err, tc.out, tc.log, tc.err)
		}
	}
}

func TestImportStatement(t *testing.T) {
	for _, tc := range []struct{ src, out, err string }{
		{"import m; print(m.a)\n", "1\n", ""},
		{"import m as n, m\nprint(n.b, m.a)\n", "2 1\n", ""},
		{"from m import a, b as c\nprint(a, c)\n", "1 2\n", ""},
		{"from m import (a,\n  b,)\nprint(a + b)\n", "3\n", ""},
		{"def f():\n  from m import a\n  return a\nprint(f())\n", "1\n", ""},
		{"if True:\n  import m\nprint(m.b)\n", "2\n", ""},
		{"import nope\n", "", "ModuleNotFoundError: No module named 'nope'"},
		{"from m import zzz\n", "", "ImportError: cannot import name 'zzz' from 'm' (unknown location)"},
		{"from . import x\n", "", "ImportError: attempted relative import with no known parent package"},
		{"def f():\n  from m import *\n", "", "import * only allowed at module level"},
	} {
		out, err := runPython(t, tc.src, new([]string))
		gotErr := ""
		if err != nil {
			gotErr = err.Error()
		}
		if out != tc.out || !strings.Contains(gotErr, tc.err) || (tc.err == "") != (err == nil) {
			t.Errorf("%q: out %q, err %v; want %q, %q", tc.src, out, err, tc.out, tc.err)
		}
	}
}

func TestFString(t *testing.T) {
	out, err := runPython(t, `x, w = "a", 1
print(f"<{x}> {x!r} {x=} {{}}" "!" f'{x + "b"}')
print(f"""{
  x}""")
`, new([]string))
	if want := "<a> \"a\" x=\"a\" {}!ab\na\n"; err != nil || out != want {
		t.Errorf("got %q, %v; want %q", out, err, want)
	}
	_, err = runPython(t, "y = 1\nz = f\"{y}\" + f'''\n{nope}'''\n", new([]string))
	if err == nil || !strings.HasPrefix(err.Error(), "t.py:3:2: undefined: nope") {
		t.Errorf("error %v, want it at t.py:3:2, in the f-string", err)
	}
}
