package structs

import (
	"fmt"

	"go.starlark.net/starlark"

	"netrepl/builtins/pyerr"
)

// structErr is struct.error with CPython's message.
func structErr(msg string) error { return &pyerr.Error{Type: "struct.error", Message: msg} }

func structErrf(format string, args ...any) error {
	return &pyerr.Error{Type: "struct.error", Message: fmt.Sprintf(format, args...)}
}

// bufferArg is a bytes-like argument (bytes or bytearray).
func bufferArg(name string, v starlark.Value) (string, error) { return pyerr.Buffer(name, v) }

// ssizeArg is CPython's Py_ssize_t converter (offsets).
func ssizeArg(name string, v starlark.Value) (int, error) {
	switch v := v.(type) {
	case starlark.Int:
		if x, ok := v.Int64(); ok {
			return int(x), nil
		}
		return 0, &pyerr.Error{Type: "OverflowError", Message: "Python int too large to convert to C ssize_t"}
	case starlark.Bool:
		return int(boolInt(v)), nil
	}
	return 0, pyerr.TypeErr(name, "'%s' object cannot be interpreted as an integer", pyerr.TypeName(v))
}
