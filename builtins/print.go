package builtins

import (
	"io"
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"

	"netrepl/builtins/doc"
	"netrepl/builtins/pyerr"
	"netrepl/builtins/pyrepr"
	"netrepl/builtins/rt"
)

// print replaces Starlark's own, which writes a bytes value as its
// decoded text: received bytes would then print as raw terminal output,
// NULs and control characters lost to the eye. Here, as in Python, a
// bytes argument prints as its repr (b"hello\n"); everything else as
// str() does. The line goes out in one write, so concurrent threads'
// lines never interleave.
var print = doc.Func("print", `print(*args, sep=" ", end="\n", file=sys.stdout, flush=False)
Write the args, separated by sep and followed by end, to file (sys.stdout
or sys.stderr). A str prints as its text; bytes print as their repr
(b"GET /\r\n"), as in Python; use str(b) for the decoded text.`, printFn)

func printFn(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	sep, end := " ", "\n"
	var file starlark.Value = starlark.None
	var flush bool
	if err := starlark.UnpackArgs("print", nil, kwargs, "sep?", &sep, "end?", &end, "file?", &file, "flush?", &flush); err != nil {
		return nil, err
	}
	var line strings.Builder
	for i, v := range args {
		if i > 0 {
			line.WriteString(sep)
		}
		if s, ok := v.(starlark.String); ok {
			line.WriteString(string(s))
		} else {
			line.WriteString(pyrepr.Repr(v))
		}
	}
	line.WriteString(end)
	sess := rt.SessionOf(thread)
	switch f := file.(type) {
	case starlark.NoneType:
		io.WriteString(sess.Stdout, line.String())
	case *starlarkstruct.Module:
		if f.Name == "sys.stderr" {
			io.WriteString(sess.Stderr, line.String())
		} else if f.Name == "sys.stdout" {
			io.WriteString(sess.Stdout, line.String())
		} else {
			return nil, pyerr.TypeErr("print", "file must be sys.stdout or sys.stderr, not %s", f.String())
		}
	default:
		return nil, pyerr.TypeErr("print", "file must be sys.stdout or sys.stderr, not %s", file.Type())
	}
	return starlark.None, nil
}
