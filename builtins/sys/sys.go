// Package sys is netrepl's `sys` module:
//
//	argv            the script name and its arguments, as python3 gives them
//	exit(code=0)    leave netrepl with code (a str is printed, status 1)
//	stdout.write(s) write s to standard output without a newline
//	stderr.write(s) write s to standard error
//	platform        "linux", ...
package sys

import (
	"fmt"
	"io"
	"runtime"

	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"

	"netrepl/builtins/doc"
	"netrepl/builtins/pyerr"
	"netrepl/builtins/rt"
)

// Exit is sys.exit, also predeclared as exit and quit.
var Exit = doc.Func("exit", `exit(code=0)
Leave netrepl. An int is the exit status; None is 0; any other value is
printed to stderr and the status is 1.`, exit)

var (
	stdout = stream("stdout", func(s *rt.Session) io.Writer { return s.Stdout })
	stderr = stream("stderr", func(s *rt.Session) io.Writer { return s.Stderr })
)

func init() {
	doc.Type("sys", "System: argv, exit, stdout, stderr, platform.")
}

// New returns the sys module of a session whose sys.argv is argv.
func New(s *rt.Session) *starlarkstruct.Module {
	argv := s.Argv
	list := make([]starlark.Value, len(argv))
	for i, a := range argv {
		list[i] = starlark.String(a)
	}
	return &starlarkstruct.Module{
		Name: "sys",
		Members: starlark.StringDict{
			"argv":     starlark.NewList(list),
			"exit":     Exit,
			"stdout":   stdout,
			"stderr":   stderr,
			"platform": starlark.String(runtime.GOOS),
			"flags":    flags{s},
			"getrecursionlimit": doc.Func("getrecursionlimit", `getrecursionlimit()
The deepest call stack a thread may have (1000, CPython's default): a
deeper call is RecursionError.`, getrecursionlimit),
		},
	}
}

// flags is sys.flags, of which netrepl has interactive: 1 under -i (the
// prompt follows the script), as python3's.
type flags struct{ s *rt.Session }

func (f flags) String() string        { return fmt.Sprintf("sys.flags(interactive=%d)", f.interactive()) }
func (f flags) Type() string          { return "sys.flags" }
func (f flags) Freeze()               {}
func (f flags) Truth() starlark.Bool  { return starlark.True }
func (f flags) Hash() (uint32, error) { return 0, fmt.Errorf("unhashable type: sys.flags") }
func (f flags) AttrNames() []string   { return []string{"interactive"} }

func (f flags) Attr(name string) (starlark.Value, error) {
	if name == "interactive" {
		return starlark.MakeInt(f.interactive()), nil
	}
	return nil, nil
}

func (f flags) interactive() int {
	if f.s.Interactive {
		return 1
	}
	return 0
}

func exit(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var code starlark.Value = starlark.None
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0, &code); err != nil {
		return nil, err
	}
	switch c := code.(type) {
	case starlark.NoneType:
		return nil, &pyerr.Exit{Code: 0}
	case starlark.Int:
		n, ok := c.Int64()
		if !ok {
			n = -1
		}
		return nil, &pyerr.Exit{Code: int(n & 0xff)}
	case starlark.String:
		fmt.Fprintln(rt.SessionOf(thread).Stderr, string(c))
	default:
		fmt.Fprintln(rt.SessionOf(thread).Stderr, code.String())
	}
	return nil, &pyerr.Exit{Code: 1}
}

func stream(name string, w func(*rt.Session) io.Writer) *starlarkstruct.Module {
	write := doc.Func("write", "write(s)\nWrite the str or bytes s to sys."+name+" as it is (no newline); return its length.",
		func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			var s starlark.Value
			if err := starlark.UnpackPositionalArgs(name+".write", args, kwargs, 1, &s); err != nil {
				return nil, err
			}
			var text string
			switch s := s.(type) {
			case starlark.String:
				text = string(s)
			case starlark.Bytes:
				text = string(s)
			default:
				return nil, pyerr.TypeErr(name+".write", "write() argument must be str, not %s", s.Type())
			}
			if _, err := io.WriteString(w(rt.SessionOf(thread)), text); err != nil {
				return nil, &pyerr.Error{Type: "OSError", Message: err.Error(), Err: err}
			}
			return starlark.MakeInt(len(text)), nil
		})
	flush := doc.Func("flush", "flush()\nDoes nothing: netrepl does not buffer sys."+name+".",
		func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			return starlark.None, starlark.UnpackPositionalArgs(name+".flush", args, kwargs, 0)
		})
	doc.Type("sys."+name, "standard "+map[string]string{"stdout": "output", "stderr": "error"}[name]+": write(s), flush()")
	m := &starlarkstruct.Module{Name: "sys." + name, Members: starlark.StringDict{"write": write, "flush": flush}}
	m.Freeze()
	return m
}

func getrecursionlimit(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.MakeInt(starlark.MaxCallDepth), nil
}
