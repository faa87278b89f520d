package builtins

import (
	"io"
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"

	"netrepl/builtins/doc"
	"netrepl/builtins/pyerr"
	"netrepl/builtins/rt"
)

// print replaces Starlark's own, to take Python's keywords (sep, end,
// file, flush) and to write the line in one write, so that concurrent
// threads' lines never interleave. Each argument is written as str()
// writes it: a bytes value as its repr (b'hello\n'), as in Python.
var print = doc.Func("print", `print(*args, sep=" ", end="\n", file=sys.stdout, flush=False)
Write the args, separated by sep and followed by end, to file (sys.stdout
or sys.stderr), each as str() writes it: a str as its text, bytes as their
repr (b'GET /\r\n'), as in Python; b.decode() is the text.`, printFn)

func printFn(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var sepv, endv, file starlark.Value = starlark.None, starlark.None, starlark.None
	var flush bool
	if err := starlark.UnpackArgs("print", nil, kwargs, "sep?", &sepv, "end?", &endv, "file?", &file, "flush?", &flush); err != nil {
		return nil, err
	}
	sep, err := strOrNone("sep", sepv, " ")
	if err != nil {
		return nil, err
	}
	end, err := strOrNone("end", endv, "\n")
	if err != nil {
		return nil, err
	}
	var line strings.Builder
	for i, v := range args {
		if i > 0 {
			line.WriteString(sep)
		}
		line.WriteString(starlark.Str(v))
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

// strOrNone is print's sep or end: a str, or None for the default.
func strOrNone(name string, v starlark.Value, dflt string) (string, error) {
	switch v := v.(type) {
	case starlark.NoneType:
		return dflt, nil
	case starlark.String:
		return string(v), nil
	}
	return "", pyerr.New("TypeError", "%s must be None or a string, not %s", name, pyerr.TypeName(v))
}
