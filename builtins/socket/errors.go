package socket

import (
	"fmt"

	"go.starlark.net/starlark"

	"netrepl/builtins/pyerr"
)

// Argument checks with CPython's wording. Starlark's own UnpackArgs
// handles arity and keywords; the values are checked here so that
// catch(...).error.message is the text python3 prints, and Op names the
// call ("calling sendall") where CPython's text does not.

// intArg is v as Python's __index__ takes it: an int or a bool.
func intArg(v starlark.Value) (int64, error) {
	switch v := v.(type) {
	case starlark.Int:
		n, ok := v.Int64()
		if !ok {
			return 0, pyerr.New("OverflowError", "Python int too large to convert to C long")
		}
		return n, nil
	case starlark.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	}
	return 0, pyerr.New("TypeError", "'%s' object cannot be interpreted as an integer", pyerr.TypeName(v))
}

// bytesArg is the data argument of send and friends: bytes only, as in
// Python 3 (a str must be encoded first: "text".encode()).
func bytesArg(fname string, v starlark.Value) (string, error) {
	s, err := pyerr.Buffer("", v)
	if err != nil {
		return "", called(err.(*pyerr.Error), fname)
	}
	return s, nil
}

// called adds "calling NAME" to an argument error that does not name its
// function.
func called(e *pyerr.Error, fname string) *pyerr.Error {
	if e.Op == "" {
		e.Op = "calling " + fname
	}
	return e
}

// argErr is called for any error: the argument checks above return
// *pyerr.Error, which gets the name of the call.
func argErr(err error, fname string) error {
	if e, ok := err.(*pyerr.Error); ok {
		return called(e, fname)
	}
	return err
}

// opf makes an op text lazily: most calls succeed, and the peer's
// address costs a system call.
func opf(format string, args ...func() string) func() string {
	return func() string {
		vals := make([]any, len(args))
		for i, a := range args {
			vals[i] = a()
		}
		return fmt.Sprintf(format, vals...)
	}
}
